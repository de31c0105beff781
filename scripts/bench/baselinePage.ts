/**
 * The app's baseline in the browser: the straightforward canvas page one would write first. It
 * loads the same map file, and on every change (pan, zoom, hover, click, filter) clears the canvas
 * and draws every link and every node again (links in one path, nodes one arc each), hit-tests
 * by scanning every node, and filters by scanning every link. No scene culling, no label placement,
 * no quadtree, no React. It sets `data-view` on its canvas after each draw, as the app does, so
 * the same page hooks time both.
 */
import { keywordRadius, layoutConfig, paperRadius } from '../../src/core/layout';

export function baselinePage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Topic Map baseline</title>
<style>
  html, body { margin: 0; height: 100%; font: 14px system-ui, sans-serif; }
  body { display: flex; flex-direction: column; }
  header { display: flex; gap: 8px; padding: 6px; border-bottom: 1px solid #ddd; }
  #wrap { position: relative; flex: 1; }
  canvas { position: absolute; inset: 0; }
  #tip { position: absolute; pointer-events: none; background: #fff; border: 1px solid #999; padding: 2px 4px; }
</style>
</head>
<body>
<header><input id="filter" aria-label="Filter by keyword" placeholder="Filter by keyword"><span id="count"></span><span id="selected"></span></header>
<div id="wrap"><canvas id="map"></canvas><div id="tip" hidden></div></div>
<script>
// The app's own radius functions, so both pages draw the same discs (with the constants they read).
const layoutConfig = ${JSON.stringify(layoutConfig)};
const paperRadius = ${paperRadius.toString()};
const keywordRadius = ${keywordRadius.toString()};
const COLORS = ['#4e79a7','#f28e2b','#e15759','#76b7b2','#59a14f','#edc948','#b07aa1','#ff9da7','#9c755f','#bab0ac'];
const canvas = document.getElementById('map');
const ctx = canvas.getContext('2d');
const wrap = document.getElementById('wrap');
const tip = document.getElementById('tip');
const state = { hover: null, selected: null, filter: null };
window.__baselineState = state;
let nodes = [], links = [], byId = new Map(), t = { x: 0, y: 0, k: 1 }, width = 0, height = 0, pending = 0;
let keep = null;

function resize() {
  width = wrap.clientWidth; height = wrap.clientHeight;
  canvas.width = width; canvas.height = height;
  canvas.style.width = width + 'px'; canvas.style.height = height + 'px';
}
function request() { if (!pending) pending = requestAnimationFrame(draw); }
function draw() {
  pending = 0;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.strokeStyle = '#999';
  ctx.globalAlpha = 0.25;
  ctx.lineWidth = 0.5;
  ctx.beginPath();
  for (const l of links) {
    ctx.moveTo(l.a.x * t.k + t.x, l.a.y * t.k + t.y);
    ctx.lineTo(l.b.x * t.k + t.x, l.b.y * t.k + t.y);
  }
  ctx.stroke();
  for (const n of nodes) {
    ctx.globalAlpha = keep && !keep.has(n.id) ? 0.15 : 1;
    ctx.fillStyle = n.id === state.selected ? '#000' : n.id === state.hover ? '#333' : COLORS[n.cluster % COLORS.length];
    ctx.beginPath();
    ctx.arc(n.x * t.k + t.x, n.y * t.k + t.y, Math.max(0.5, n.r * t.k), 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.globalAlpha = 1;
  canvas.dataset.view = t.x + ',' + t.y + ',' + t.k;
}
function nodeAt(px, py) {
  const wx = (px - t.x) / t.k, wy = (py - t.y) / t.k;
  let best = null, bestD = Infinity;
  for (const n of nodes) {
    const d = Math.hypot(n.x - wx, n.y - wy);
    if (d <= n.r + 4 / t.k && d < bestD) { best = n; bestD = d; }
  }
  return best;
}
let drag = null;
canvas.addEventListener('pointerdown', (e) => {
  drag = { x: e.clientX, y: e.clientY, moved: false };
  try { canvas.setPointerCapture(e.pointerId); } catch { /* a synthetic pointer cannot be captured */ }
});
canvas.addEventListener('pointermove', (e) => {
  const r = canvas.getBoundingClientRect();
  if (drag) {
    t.x += e.clientX - drag.x; t.y += e.clientY - drag.y;
    if (Math.hypot(e.clientX - drag.x, e.clientY - drag.y) > 0) drag.moved = true;
    drag.x = e.clientX; drag.y = e.clientY;
    request();
    return;
  }
  const n = nodeAt(e.clientX - r.left, e.clientY - r.top);
  const id = n ? n.id : null;
  if (id !== state.hover) {
    state.hover = id;
    tip.hidden = !n;
    if (n) { tip.textContent = n.label; tip.style.left = (e.clientX - r.left + 14) + 'px'; tip.style.top = (e.clientY - r.top + 14) + 'px'; }
    request();
  }
});
canvas.addEventListener('pointerup', (e) => {
  const was = drag; drag = null;
  if (was && was.moved) return;
  const r = canvas.getBoundingClientRect();
  const n = nodeAt(e.clientX - r.left, e.clientY - r.top);
  state.selected = n ? n.id : null;
  document.getElementById('selected').textContent = n ? n.label : '';
  request();
});
canvas.addEventListener('wheel', (e) => {
  e.preventDefault();
  const r = canvas.getBoundingClientRect();
  const px = e.clientX - r.left, py = e.clientY - r.top;
  const k = t.k * Math.pow(2, -e.deltaY * 0.002);
  t.x = px - (px - t.x) * (k / t.k); t.y = py - (py - t.y) * (k / t.k); t.k = k;
  request();
}, { passive: false });
document.getElementById('filter').addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  const term = e.target.value.trim().toLowerCase();
  const kw = nodes.find((n) => n.kind === 'keyword' && n.label.toLowerCase() === term);
  state.filter = kw ? kw.label : null;
  keep = null;
  if (kw) {
    keep = new Set([kw.id]);
    for (const l of links) if (l.b === kw) keep.add(l.a.id);
  }
  document.getElementById('count').textContent = keep ? (keep.size - 1) + ' papers' : '';
  request();
});
addEventListener('resize', () => { resize(); request(); });

(async () => {
  const url = new URLSearchParams(location.search).get('map');
  const map = await (await fetch(url)).json();
  for (const p of map.papers) nodes.push({ id: p.id, kind: 'paper', label: p.title, x: p.x, y: p.y, cluster: p.cluster, r: paperRadius(p.keywords.length) });
  for (const k of map.keywords) nodes.push({ id: k.id, kind: 'keyword', label: k.term, x: k.x, y: k.y, cluster: k.cluster, r: keywordRadius(k.papers) });
  for (const n of nodes) byId.set(n.id, n);
  for (const l of map.links) links.push({ a: byId.get(l.paper), b: byId.get(l.keyword) });
  resize();
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const n of nodes) { x0 = Math.min(x0, n.x - n.r); y0 = Math.min(y0, n.y - n.r); x1 = Math.max(x1, n.x + n.r); y1 = Math.max(y1, n.y + n.r); }
  const k = Math.min((width - 96) / (x1 - x0 || 1), (height - 96) / (y1 - y0 || 1));
  t = { k, x: width / 2 - ((x0 + x1) / 2) * k, y: height / 2 - ((y0 + y1) / 2) * k };
  request();
})();
</script>
</body>
</html>
`;
}
