/**
 * Micro-benchmark of the SVG writer on a synthetic scene shaped like a large map (5,000 nodes,
 * 40,000 links, a few hundred labels). Run: npx tsx scripts/benchExport.ts [nodes] [edges] [runs]
 */
import { pathToFileURL } from 'node:url';
import type { Scene, SceneEdge, SceneLabel, SceneNode } from '../src/core/scene';
import { seededRandom } from '../src/core/util';
import { writeSvg } from '../src/core/export';

const PALETTE = ['#4e79a7', '#f28e2c', '#e15759', '#76b7b2', '#59a14f', '#edc949', '#af7aa1', '#ff9da7'];

/** A deterministic scene: a tenth of the nodes are keywords, every edge joins two nodes. */
export function syntheticScene(nodeCount: number, edgeCount: number, seed = 1): Scene {
  const random = seededRandom(seed);
  const nodes: SceneNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const keyword = i % 10 === 0;
    const cluster = Math.floor(random() * PALETTE.length);
    nodes.push({
      id: keyword ? `k:${i}` : `p${i}`,
      kind: keyword ? 'keyword' : 'paper',
      x: (random() - 0.5) * 2000,
      y: (random() - 0.5) * 1400,
      r: keyword ? 4 + random() * 8 : 2.5,
      fill: PALETTE[cluster],
      opacity: random() < 0.05 ? 0.14 : 1,
      strokeWidth: keyword ? 1 : 1.25,
      stroke: keyword ? '#ffffff' : PALETTE[cluster],
      highlighted: false,
      selected: false,
    });
  }
  const edges: SceneEdge[] = [];
  for (let i = 0; i < edgeCount; i++) {
    const a = nodes[Math.floor(random() * nodeCount)];
    const b = nodes[(Math.floor((random() / 10) * nodeCount) * 10) % nodeCount];
    edges.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, color: '#8c959f', width: 0.6, opacity: 0.06 });
  }
  const labels: SceneLabel[] = [];
  for (let i = 0; i < Math.min(400, nodeCount); i += 10) {
    const n = nodes[i];
    labels.push({
      text: `keyword ${i} & <co>`,
      x: n.x,
      y: n.y + 12,
      fontSize: 11 + (i % 4),
      bold: false,
      color: '#1f2328',
      opacity: 1,
      kind: 'node',
    });
  }
  return {
    view: { width: 1600, height: 1000, k: 0.7, x: 800, y: 500 },
    background: '#ffffff',
    foreground: '#1f2328',
    edges,
    nodes,
    labels,
    legend: PALETTE.map((color, i) => ({ color, label: `cluster ${i}`, size: 100 * (8 - i) })),
    caption: `synthetic · ${nodeCount} nodes · ${edgeCount} links`,
  };
}

export interface BenchResult {
  medianMs: number;
  minMs: number;
  runs: number;
  bytes: number;
}

/** Times writeSvg on a synthetic scene; the first (warm-up) run is not counted. */
export function benchWriteSvg(nodeCount = 5000, edgeCount = 40000, runs = 7): BenchResult {
  const scene = syntheticScene(nodeCount, edgeCount);
  let bytes = writeSvg(scene).length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    bytes = writeSvg(scene, { stamp: 'bench' }).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)], minMs: times[0], runs, bytes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [nodes, edges, runs] = process.argv.slice(2).map(Number);
  const result = benchWriteSvg(nodes || 5000, edges || 40000, runs || 7);
  console.log(
    `writeSvg ${nodes || 5000} nodes / ${edges || 40000} edges: median ${result.medianMs.toFixed(1)} ms ` +
      `(min ${result.minMs.toFixed(1)} ms, ${result.runs} runs), ${(result.bytes / 1e6).toFixed(2)} MB`,
  );
}
