import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

/**
 * Chart.js with only what our bar and line charts use, registered once. Imported dynamically by BarChart.vue,
 * so it is its own chunk, loaded on staff pages only (a learner never downloads it). It draws on a
 * canvas: nothing inline for the CSP to refuse.
 */
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.font.family = getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'system-ui, sans-serif';
Chart.defaults.color = '#1c2333';

export { Chart };
