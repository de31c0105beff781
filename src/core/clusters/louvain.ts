import { seededRandom } from '../util';

/** An undirected weighted graph as edge lists: edge k joins source[k] and target[k] (no self-loops). */
export interface WeightedEdges {
  count: number;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
}

export interface LouvainOptions {
  resolution: number;
  /** Seeded generator: where each level's sweep over the nodes starts. */
  random: () => number;
  /**
   * A partition to start from (warm start): node i begins in group initial[i] (0..), or alone
   * for -1. The first level moves nodes from there, and that level's communities are always
   * zoomed out, so a partition that is already good survives instead of being rebuilt.
   */
  initial?: Int32Array;
}

/** Deltas closer than this are ties (graphology's EPSILON). */
const EPSILON = 1e-10;

/**
 * Louvain communities of nodes 0..nodeCount-1: the algorithm of graphology-communities-louvain
 * 2.0.2 (undirected, fast local moves with a queue, random start of each sweep, modularity with
 * a resolution), ported step for step onto typed arrays, so the same graph, edge order and
 * generator give the same communities as that package — without building a graphology graph,
 * which cost several times Louvain itself (string keys and an object per edge; two million edges
 * at 100,000 papers). Returns each node's community, numbered 0.. in order of first member.
 *
 * Nodes without edges keep a community of their own.
 */
export function louvain(nodeCount: number, edges: WeightedEdges, options: LouvainOptions): Int32Array {
  const n = nodeCount;
  const mapping = new Int32Array(n);
  for (let i = 0; i < n; i++) mapping[i] = i;
  if (edges.count === 0) return mapping;

  // The index: each node's neighbours (compressed rows), filled from the end of its row in edge
  // order, as graphology's UndirectedLouvainIndex does, so the neighbour order matches.
  const size = 2 * edges.count;
  let starts = new Int32Array(n + 1);
  for (let k = 0; k < edges.count; k++) {
    starts[edges.source[k]]++;
    starts[edges.target[k]]++;
  }
  for (let i = 1; i < n; i++) starts[i] += starts[i - 1];
  let neighborhood = new Int32Array(size);
  let weights = new Float64Array(size);
  const loops = new Float64Array(n);
  const totalWeights = new Float64Array(n);
  const belongings = new Int32Array(n);
  const counts = new Int32Array(n);
  const unused = new Int32Array(n);
  let M = 0;
  for (let i = 0; i < n; i++) {
    belongings[i] = i;
    counts[i] = 1;
  }
  for (let k = 0; k < edges.count; k++) {
    const s = edges.source[k];
    const t = edges.target[k];
    const w = edges.weight[k];
    M += w;
    totalWeights[s] += w;
    totalWeights[t] += w;
    const at = --starts[s];
    const bt = --starts[t];
    neighborhood[at] = t;
    neighborhood[bt] = s;
    weights[at] = w;
    weights[bt] = w;
  }
  starts[n] = size;

  let C = n;
  let U = 0;
  const warm = options.initial !== undefined;
  // A warm start's groups are never merged whole: after its first level, a node holding a started
  // node (`started`) does not join a community that holds one too (`startedIn`, by community).
  // New nodes still gather into new communities and join started ones, and a started node may
  // still move alone at the first level; but two old clusters do not become one because a few
  // papers were added (on CACM, adding 1978–79 merged two of eleven clusters into others whole).
  let started = new Uint8Array(warm ? n : 0);
  const startedIn = new Int32Array(warm ? n : 0);
  if (options.initial) {
    for (let i = 0; i < n; i++) started[i] = options.initial[i] >= 0 ? 1 : 0;
    startFrom(options.initial);
    for (let i = 0; i < n; i++) startedIn[belongings[i]] += started[i];
  }
  const resolution = options.resolution;
  const fastDelta = (i: number, degree: number, targetDegree: number, target: number): number => {
    degree += loops[i];
    return targetDegree - (degree * totalWeights[target] * resolution) / (2 * M);
  };
  const fastDeltaWithOwn = (i: number, degree: number, targetDegree: number, target: number): number => {
    degree += loops[i];
    return targetDegree - (degree * (totalWeights[target] - degree) * resolution) / (2 * M);
  };

  // The weight from the current node to each neighbouring community, in order of first meeting.
  const communityWeight = new Float64Array(n);
  const communitySeen = new Int32Array(n).fill(-1);
  const communityList = new Int32Array(n);
  // A first-in first-out queue of nodes, each at most once.
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n);
  let head = 0;
  let queueSize = 0;
  const enqueue = (i: number): void => {
    if (queued[i]) return;
    queued[i] = 1;
    queue[(head + queueSize) % n] = i;
    queueSize++;
  };

  /** Level 0 from a given partition: each group in the community of its first member. */
  function startFrom(initial: Int32Array): void {
    const first = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const group = initial[i];
      if (group < 0) continue;
      const c = first.get(group);
      if (c === undefined) {
        first.set(group, i);
        continue;
      }
      belongings[i] = c;
      totalWeights[c] += totalWeights[i];
      totalWeights[i] = 0;
      counts[c]++;
      counts[i] = 0;
      unused[U++] = i;
    }
  }

  let moveWasMade = true;
  let visit = 0;
  let level = 0;
  while (moveWasMade) {
    const l = C;
    moveWasMade = false;
    let ri = Math.floor(options.random() * l);
    for (let s = 0; s < l; s++, ri++) enqueue(ri % l);

    while (queueSize > 0) {
      const i = queue[head];
      queued[i] = 0;
      head = (head + 1) % n;
      queueSize--;
      visit++;

      let degree = 0;
      let found = 0;
      const current = belongings[i];
      for (let k = starts[i]; k < starts[i + 1]; k++) {
        const target = belongings[neighborhood[k]];
        const w = weights[k];
        degree += w;
        if (communitySeen[target] !== visit) {
          communitySeen[target] = visit;
          communityWeight[target] = 0;
          communityList[found++] = target;
        }
        communityWeight[target] += w;
      }

      let bestDelta = fastDeltaWithOwn(i, degree, communitySeen[current] === visit ? communityWeight[current] : 0, current);
      let best = current;
      const keepApart = warm && level > 0 && started[i] === 1;
      for (let f = 0; f < found; f++) {
        const target = communityList[f];
        if (target === current || (keepApart && startedIn[target] > 0)) continue;
        const delta = fastDelta(i, degree, communityWeight[target], target);
        // graphology's tie-breaker: on a tie stay, else take the higher community id.
        const better = Math.abs(delta - bestDelta) < EPSILON ? best !== current && target > best : delta > bestDelta;
        if (better) {
          bestDelta = delta;
          best = target;
        }
      }

      const move = degree + loops[i];
      if (bestDelta < 0) {
        // Back to a singleton community (graphology's isolate).
        if (counts[current] === 1) continue;
        best = unused[--U];
        totalWeights[current] -= move;
        totalWeights[best] += move;
        belongings[i] = best;
        counts[current]--;
        counts[best]++;
      } else {
        if (best === current) continue;
        totalWeights[current] -= move;
        totalWeights[best] += move;
        belongings[i] = best;
        const nowEmpty = counts[current]-- === 1;
        counts[best]++;
        if (nowEmpty) unused[U++] = current;
      }

      if (warm && started[i] === 1) {
        startedIn[current]--;
        startedIn[best]++;
      }
      moveWasMade = true;
      for (let k = starts[i]; k < starts[i + 1]; k++) {
        const j = neighborhood[k];
        if (belongings[j] !== best) enqueue(j);
      }
    }

    // A warm start's first level is zoomed out even without a move: its communities are the start.
    if (!moveWasMade && !(warm && level === 0)) break;
    moveWasMade = true;
    level++;

    // Zoom out: communities become the nodes of the next level, renumbered by first member.
    const label = new Int32Array(C).fill(-1);
    let next = 0;
    const communityTotal: number[] = [];
    for (let i = 0; i < C; i++) {
      const ci = belongings[i];
      if (label[ci] === -1) {
        label[ci] = next++;
        communityTotal.push(totalWeights[ci]);
      }
      belongings[i] = label[ci];
    }
    for (let i = 0; i < n; i++) mapping[i] = belongings[mapping[i]];

    // Members of each new node in order, then its neighbours summed in that order (as
    // graphology's per-community adjacency objects, read back in ascending key order).
    const memberStart = new Int32Array(next + 1);
    for (let i = 0; i < C; i++) memberStart[belongings[i] + 1]++;
    for (let c = 0; c < next; c++) memberStart[c + 1] += memberStart[c];
    const members = new Int32Array(C);
    const fill = memberStart.slice(0, next);
    for (let i = 0; i < C; i++) members[fill[belongings[i]]++] = i;

    const nextStarts = new Int32Array(next + 1);
    const nextNeighborhood: number[] = [];
    const nextWeights: number[] = [];
    const internal = new Float64Array(next);
    const adjacent = new Float64Array(next);
    const adjacentSeen = new Int32Array(next).fill(-1);
    const touched: number[] = [];
    for (let c = 0; c < next; c++) {
      touched.length = 0;
      let inside = 0;
      for (let m = memberStart[c]; m < memberStart[c + 1]; m++) {
        const i = members[m];
        inside += loops[i];
        for (let k = starts[i]; k < starts[i + 1]; k++) {
          const cj = belongings[neighborhood[k]];
          if (cj === c) {
            inside += weights[k];
            continue;
          }
          if (adjacentSeen[cj] !== c) {
            adjacentSeen[cj] = c;
            adjacent[cj] = 0;
            touched.push(cj);
          }
          adjacent[cj] += weights[k];
        }
      }
      internal[c] = inside;
      touched.sort((a, b) => a - b);
      nextStarts[c] = nextNeighborhood.length;
      for (const cj of touched) {
        nextNeighborhood.push(cj);
        nextWeights.push(adjacent[cj]);
      }
    }
    nextStarts[next] = nextNeighborhood.length;

    if (warm) {
      const nextStarted = new Uint8Array(next);
      for (let i = 0; i < C; i++) if (started[i] === 1) nextStarted[belongings[i]] = 1;
      started = nextStarted;
      for (let c = 0; c < next; c++) startedIn[c] = started[c];
    }
    C = next;
    for (let c = 0; c < C; c++) {
      totalWeights[c] = communityTotal[c];
      loops[c] = internal[c];
      counts[c] = 1;
      belongings[c] = c;
    }
    starts = nextStarts;
    neighborhood = Int32Array.from(nextNeighborhood);
    weights = Float64Array.from(nextWeights);
    U = 0;
  }
  return mapping;
}

/**
 * Modularity of a partition of the graph (groups 0..; none negative), with a resolution:
 * Q = Σ_c [L_c / M − γ (D_c / 2M)²], L_c the weight of the edges inside group c, D_c the summed
 * degree of its nodes, M the total weight. The quality Louvain maximises, to compare partitions.
 */
export function modularity(nodeCount: number, edges: WeightedEdges, group: ArrayLike<number>, resolution: number): number {
  let groups = 0;
  for (let i = 0; i < nodeCount; i++) if (group[i] >= groups) groups = group[i] + 1;
  const inside = new Float64Array(groups);
  const degree = new Float64Array(groups);
  let total = 0;
  for (let k = 0; k < edges.count; k++) {
    const w = edges.weight[k];
    const a = group[edges.source[k]];
    const b = group[edges.target[k]];
    total += w;
    degree[a] += w;
    degree[b] += w;
    if (a === b) inside[a] += w;
  }
  if (total === 0) return 0;
  let q = 0;
  for (let c = 0; c < groups; c++) q += inside[c] / total - resolution * (degree[c] / (2 * total)) ** 2;
  return q;
}

/**
 * The partition of highest modularity among Louvain runs from `starts` random starts (VOSviewer's
 * "random starts"): one run's partition depends on the order its sweeps visit the nodes, so on a
 * small or weakly clustered graph it changes with the seed and with any small change to the
 * graph. The first start draws from seededRandom(seed) itself, so one start is plain louvain.
 * Ties keep the earlier start.
 */
export function bestOfStarts(
  nodeCount: number,
  edges: WeightedEdges,
  options: { resolution: number; seed: number; starts: number },
): Int32Array {
  const { resolution, seed } = options;
  let best = louvain(nodeCount, edges, { resolution, random: seededRandom(seed) });
  if (options.starts <= 1) return best;
  let bestQ = modularity(nodeCount, edges, best, resolution);
  for (let start = 1; start < options.starts; start++) {
    const found = louvain(nodeCount, edges, { resolution, random: seededRandom((seed ^ Math.imul(start, 0x9e3779b1)) | 0) });
    const q = modularity(nodeCount, edges, found, resolution);
    if (q > bestQ + 1e-12) {
      bestQ = q;
      best = found;
    }
  }
  return best;
}
