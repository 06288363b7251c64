import { CHANNELS, count } from './definitions';
import type { ChartOption } from './EChart';
import type { BreakdownItem, Figures } from './stats-api';

/**
 * The dashboard's charts as ECharts options, each from the API's numbers as they came (and
 * words for a screen reader saying the same). Nothing is summed or divided here.
 */

const axisLabel = { color: 'rgba(0,0,0,0.72)' };

export function channelChart(f: Figures): { option: ChartOption; label: string } {
  const data = CHANNELS.map((c) => ({ name: c.label, value: f.byChannel[c.key] }));
  return {
    label: `按渠道收到的信访件：${data.map((d) => `${d.name} ${count(d.value)} 件`).join('，')}。`,
    option: {
      tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
      legend: { bottom: 0, textStyle: axisLabel },
      series: [{ type: 'pie', radius: ['40%', '68%'], center: ['50%', '45%'], label: { formatter: '{b}\n{c} 件', color: 'rgba(0,0,0,0.8)' }, data }],
    },
  };
}

/** Horizontal bars, largest at the top: categories, townships, villages. */
export function rankingChart(items: BreakdownItem[], what: string, limit = 15): { option: ChartOption; label: string; height: number } {
  const top = [...items].sort((a, b) => b.received - a.received).slice(0, limit);
  const names = top.map((i) => i.name ?? i.key ?? '未注明').reverse();
  const shown = top.length < items.length ? `（前 ${top.length} 项，共 ${items.length} 项）` : '';
  return {
    height: Math.max(220, 40 + top.length * 28),
    label: `按${what}收到的信访件${shown}：${top.map((i) => `${i.name ?? i.key ?? '未注明'} 收到 ${count(i.received)} 件、办结 ${count(i.closed)} 件`).join('；') || '无'}。`,
    option: {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, textStyle: axisLabel },
      grid: { left: 16, right: 40, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel },
      yAxis: { type: 'category', data: names, axisLabel },
      series: [
        { name: '收到', type: 'bar', data: top.map((i) => i.received).reverse(), label: { show: true, position: 'right' } },
        { name: '已办结', type: 'bar', data: top.map((i) => i.closed).reverse() },
      ],
    },
  };
}

/** Months of the period on the axis; a month with no row from the API received nothing. */
export function monthChart(items: BreakdownItem[], months: string[]): { option: ChartOption; label: string } {
  const byMonth = new Map(items.map((i) => [i.key, i]));
  const rows = months.map((m) => ({ month: m, label: `${Number(m.slice(5))}月`, item: byMonth.get(m) }));
  const multiYear = new Set(months.map((m) => m.slice(0, 4))).size > 1;
  const names = rows.map((r) => (multiYear ? `${r.month.slice(0, 4)}年${r.label}` : r.label));
  return {
    label: `按月收到的信访件：${rows.map((r, i) => `${names[i]} 收到 ${count(r.item?.received ?? 0)} 件、办结 ${count(r.item?.closed ?? 0)} 件`).join('；')}。`,
    option: {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, textStyle: axisLabel },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: names, axisLabel },
      yAxis: { type: 'value', minInterval: 1, axisLabel },
      series: [
        { name: '收到', type: 'bar', data: rows.map((r) => r.item?.received ?? 0), label: { show: rows.length <= 13, position: 'top' } },
        { name: '已办结', type: 'line', data: rows.map((r) => r.item?.closed ?? 0), symbolSize: 6 },
      ],
    },
  };
}
