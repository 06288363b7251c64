import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ComposeOption, type EChartsType } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// only the charts and parts the dashboard draws; SVG prints sharp and scales with the page
use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** The bureau's palette: government blue first, then colours that stay apart in print. */
export const PALETTE = ['#0b4ea2', '#2f9e6e', '#d48806', '#b3261e', '#6b4fbb', '#13a8a8', '#8c8c8c'];

/**
 * One chart. A chart is a picture to a screen reader: `label` says what it shows in words (the
 * page has the numbers as a table too). It redraws when the window or the print layout changes.
 */
export function EChart({ option, label, height = 300 }: { option: ChartOption; label: string; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const el = ref.current!;
    const instance = init(el, null, { renderer: 'svg', locale: 'ZH' });
    chart.current = instance;
    const resize = () => instance.resize();
    const observer = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(resize) : null;
    observer?.observe(el);
    const print = window.matchMedia?.('print');
    print?.addEventListener?.('change', resize);
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      observer?.disconnect();
      print?.removeEventListener?.('change', resize);
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ color: PALETTE, textStyle: { fontFamily: 'inherit' }, animation: false, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={ref} className="stats-chart" role="img" aria-label={label} style={{ height }} />;
}
