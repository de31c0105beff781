import { compareKeys } from '../util';
import { linkPlacesOf, type MapCluster, type MapFile, type MapKeyword, type MapPaper } from '../map';
import { computeLinkEnds, computeNodeSlots, type LinkEnds, type NodeSlots } from './linkEnds';
import { NodesByPlace } from './NodesByPlace';

export interface PaperKeywordLink {
  keywordId: string;
  weight: number;
}

export interface KeywordPaperLink {
  paperId: string;
  weight: number;
}

export interface KeywordNeighbour {
  keywordId: string;
  count: number;
  weight: number;
}

/** Look-up tables over one map file, built once when it loads; never mutated afterwards. */
export interface MapIndex {
  paperById: ReadonlyMap<string, MapPaper>;
  keywordById: ReadonlyMap<string, MapKeyword>;
  /** Lower-cased keyword term to keyword node: a paper's `keywords` name terms, not ids. */
  keywordByTerm: ReadonlyMap<string, MapKeyword>;
  clusterById: ReadonlyMap<number, MapCluster>;
  /** A paper's keyword nodes, strongest link first. */
  keywordsOfPaper: ReadonlyMap<string, readonly PaperKeywordLink[]>;
  /** A keyword's papers, strongest link first. */
  papersOfKeyword: ReadonlyMap<string, readonly KeywordPaperLink[]>;
  /** Keywords that share papers with a keyword, most shared first. */
  cooccurring: ReadonlyMap<string, readonly KeywordNeighbour[]>;
  /** Paper ids of each cluster, in map order. */
  papersOfCluster: ReadonlyMap<number, readonly string[]>;
  /** Keyword ids of each cluster, most papers first. */
  keywordsOfCluster: ReadonlyMap<number, readonly string[]>;
  /** Place of each paper and keyword in the map's arrays, by id. */
  slots: NodeSlots;
  /** The links by place and priority, for filters and scenes that walk every link. */
  linkEnds: LinkEnds;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface LinkTables {
  keywordsOfPaper: Map<string, PaperKeywordLink[]>;
  papersOfKeyword: Map<string, KeywordPaperLink[]>;
}

/**
 * The tables over the links, co-occurrences and clusters are built on first use, not with the
 * map: the first frame needs only the id look-ups, and at 100,000 papers the rest (a list and an
 * object per link, each list sorted) took about a second of the first paint. The store warms
 * them after that paint (warmMapIndex), so a click or a filter finds them built.
 */
class LazyMapIndex implements MapIndex {
  readonly paperById: ReadonlyMap<string, MapPaper>;
  readonly keywordById: ReadonlyMap<string, MapKeyword>;
  readonly keywordByTerm: ReadonlyMap<string, MapKeyword>;
  readonly clusterById: ReadonlyMap<number, MapCluster>;
  #links: LinkTables | null = null;
  #cooccurring: Map<string, KeywordNeighbour[]> | null = null;
  #papersOfCluster: Map<number, string[]> | null = null;
  #keywordsOfCluster: Map<number, string[]> | null = null;
  #slots: NodeSlots | null = null;
  #linkEnds: LinkEnds | null = null;

  constructor(private readonly map: MapFile) {
    const keywordById = new Map<string, MapKeyword>();
    const keywordByTerm = new Map<string, MapKeyword>();
    for (const k of map.keywords) {
      keywordById.set(k.id, k);
      const term = k.term.toLowerCase();
      if (!keywordByTerm.has(term)) keywordByTerm.set(term, k);
    }
    const clusterById = new Map<number, MapCluster>();
    for (const c of map.clusters) clusterById.set(c.id, c);
    // By place: the slots of a map validateMap returned are made already (see NodesByPlace).
    this.paperById = new NodesByPlace(this.slots.papers, map.papers);
    this.keywordById = keywordById;
    this.keywordByTerm = keywordByTerm;
    this.clusterById = clusterById;
  }

  get keywordsOfPaper(): ReadonlyMap<string, readonly PaperKeywordLink[]> {
    return this.links().keywordsOfPaper;
  }

  get papersOfKeyword(): ReadonlyMap<string, readonly KeywordPaperLink[]> {
    return this.links().papersOfKeyword;
  }

  get cooccurring(): ReadonlyMap<string, readonly KeywordNeighbour[]> {
    if (this.#cooccurring) return this.#cooccurring;
    const cooccurring = new Map<string, KeywordNeighbour[]>();
    for (const co of this.map.cooccurrences) {
      push(cooccurring, co.source, { keywordId: co.target, count: co.count, weight: co.weight });
      push(cooccurring, co.target, { keywordId: co.source, count: co.count, weight: co.weight });
    }
    for (const list of cooccurring.values()) {
      list.sort((a, b) => b.count - a.count || b.weight - a.weight || compareKeys(a.keywordId, b.keywordId));
    }
    return (this.#cooccurring = cooccurring);
  }

  get papersOfCluster(): ReadonlyMap<number, readonly string[]> {
    if (this.#papersOfCluster) return this.#papersOfCluster;
    const papersOfCluster = new Map<number, string[]>();
    for (const p of this.map.papers) push(papersOfCluster, p.cluster, p.id);
    return (this.#papersOfCluster = papersOfCluster);
  }

  get keywordsOfCluster(): ReadonlyMap<number, readonly string[]> {
    if (this.#keywordsOfCluster) return this.#keywordsOfCluster;
    const keywordsOfCluster = new Map<number, string[]>();
    const byPapers = [...this.map.keywords].sort((a, b) => b.papers - a.papers || compareKeys(a.term, b.term));
    for (const k of byPapers) push(keywordsOfCluster, k.cluster, k.id);
    return (this.#keywordsOfCluster = keywordsOfCluster);
  }

  get slots(): NodeSlots {
    return (this.#slots ??= computeNodeSlots(this.map));
  }

  get linkEnds(): LinkEnds {
    return (this.#linkEnds ??= computeLinkEnds(this.map, this.slots));
  }

  private links(): LinkTables {
    if (this.#links) return this.#links;
    const keywordsOfPaper = new Map<string, PaperKeywordLink[]>();
    const papersOfKeyword = new Map<string, KeywordPaperLink[]>();
    const add = (paper: string, keyword: string, weight: number): void => {
      push(keywordsOfPaper, paper, { keywordId: keyword, weight });
      push(papersOfKeyword, keyword, { paperId: paper, weight });
    };
    // A compact map's links by place, in the same order: its reader makes the link objects only
    // when map.links is first read (200,000 at 100,000 papers), and these tables need none.
    const places = linkPlacesOf(this.map);
    if (places) {
      const { papers, keywords } = this.map;
      for (let i = 0; i < places.paper.length; i++) {
        add(papers[places.paper[i]].id, keywords[places.keyword[i]].id, places.weight[i]);
      }
    } else for (const link of this.map.links) add(link.paper, link.keyword, link.weight);
    for (const list of keywordsOfPaper.values()) {
      list.sort((a, b) => b.weight - a.weight || compareKeys(a.keywordId, b.keywordId));
    }
    for (const list of papersOfKeyword.values()) {
      list.sort((a, b) => b.weight - a.weight || compareKeys(a.paperId, b.paperId));
    }
    return (this.#links = { keywordsOfPaper, papersOfKeyword });
  }
}

/** Builds the look-up tables the app needs; ties are broken by id so the order is stable. */
export function indexMap(map: MapFile): MapIndex {
  return new LazyMapIndex(map);
}
