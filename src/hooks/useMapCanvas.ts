import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { useEffect, type RefObject } from 'react';
import { type LayeredScene, type SceneInput, type SceneNode, computeLayeredScene, computeScene, estimateTextWidth } from '../core/scene';
import type { MapFile } from '../core/map';
import { createDragSimulation, type DragSimulation, type SimNode } from '../render/createDragSimulation';
import { createHitTester, type HitTester } from '../render/createHitTester';
import { createMapPainter } from '../render/createMapPainter';
import { createTextMeasure } from '../render/createTextMeasure';
import { setCurrentScene } from '../render/currentScene';
import { boundsOf, fitTransform, zoomExtent, type Bounds, type Padding } from '../render/fitTransform';
import type { ViewRequest } from '../store/mapStoreState';
import { focusSelection } from '../store/focusSelection';
import { selectFilterResult } from '../store/selectFilterResult';
import { useMapStore } from '../store/useMapStore';

/** Pointer slack around a node's rim, in screen pixels (fingers and small nodes). */
const HIT_SLACK = 4;
const CLICK_DISTANCE = 4;
const ANIMATION_MS = 380;
/** Most nodes a drag moves (and most it pins around them). */
const NEIGHBOURHOOD_MAX = 3000;
/**
 * While the view moves (wheel, drag, a glide), the last picture is moved and scaled instead of
 * redrawn; it is drawn crisply once the view has not moved for this long.
 */
const SETTLE_MS = 120;

/**
 * Draws the map on `canvas` and handles what happens on it: zoom and pan (d3-zoom), hover,
 * click, node drag (d3-force, only while dragging), keyboard zoom, and the view commands other
 * components put in the store. Positions and the zoom transform change every frame, so they live
 * in this effect's closure and never pass through React.
 *
 * Drawing is layered (createMapPainter) so that a 20,000-paper map stays fluid: panning and
 * zooming move the last picture until the view settles, hovering and selecting draw only the
 * focus over a cached picture of the rest.
 */
export function useMapCanvas(
  containerRef: RefObject<HTMLDivElement | null>,
  canvasRef: RefObject<HTMLCanvasElement | null>,
  /** A panel floating over the map (the legend): fitting the view keeps clear of it. */
  overlayRef?: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const canvas = canvasRef.current;
    const container = containerRef.current;
    if (!canvas || !container) return undefined;
    const store = useMapStore;
    const measureText = createTextMeasure() ?? undefined;

    let width = 0;
    let height = 0;
    let dpr = 1;
    let transform: ZoomTransform = zoomIdentity;
    let mapSeen: MapFile | null = null;
    // Nodes a drag has moved (or may move): the rest stay where the map file has them.
    let positions = new Map<string, SimNode>();
    // The simulation moves the nodes in `positions` in place; this tells the scene they moved.
    let positionsVersion = 0;
    // The nodes the running simulation moves: drawn over a picture of the rest until it stops.
    let moving: { ids: ReadonlySet<string>; since: number } | undefined;
    let simulation: DragSimulation | null = null;
    let layered: LayeredScene | null = null;
    let hit: { nodes: readonly SceneNode[]; tester: HitTester } | null = null;
    const painter = createMapPainter(canvas);
    // The view is moving (and nothing else changed since the last crisp picture).
    let viewMoving = false;
    let settleTimer: ReturnType<typeof setTimeout> | undefined;
    let dirty = true;
    let frame = 0;
    let handledSeq = 0;
    let needsFit = false;
    let animation = 0;
    let fitK = 1;

    const view = select(canvas);
    const zoomBehavior = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.01, 100])
      .filter((event: Event) => {
        if (event.type === 'wheel') return true;
        const mouse = event as MouseEvent;
        if (mouse.ctrlKey || mouse.button) return false;
        return nodeAtClient(pointOf(event)) === null;
      })
      .on('start', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        if (event.sourceEvent) stopAnimation();
      })
      .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        transform = event.transform;
        if (event.sourceEvent && store.getState().hover) store.getState().setHover(null);
        if (event.sourceEvent || animation) markMoving();
        requestDraw();
      })
      .on('end', () => {
        if (!animation) commitTransform();
      });
    view.call(zoomBehavior);

    function pointOf(event: Event): { clientX: number; clientY: number } | null {
      const touches = (event as TouchEvent).touches;
      if (touches) return touches.length === 1 ? touches[0] : null;
      return event as MouseEvent;
    }

    function local(p: { clientX: number; clientY: number }): { px: number; py: number; wx: number; wy: number } {
      const rect = canvas!.getBoundingClientRect();
      const px = p.clientX - rect.left;
      const py = p.clientY - rect.top;
      return { px, py, wx: (px - transform.x) / transform.k, wy: (py - transform.y) / transform.k };
    }

    function nodeAtClient(p: { clientX: number; clientY: number } | null): SceneNode | null {
      if (!p || !layered) return null;
      const nodes = layered.base.nodes;
      if (!hit || hit.nodes !== nodes) hit = { nodes, tester: createHitTester(nodes) };
      const { wx, wy } = local(p);
      return hit.tester.find(wx, wy, HIT_SLACK / transform.k);
    }

    /** The cluster whose name on the map is under the pointer: names are clickable like the legend. */
    function clusterAtClient(p: { clientX: number; clientY: number }): number | null {
      const map = store.getState().map;
      if (!layered || !map) return null;
      const { px, py } = local(p);
      for (const label of layered.labels) {
        if (label.kind !== 'cluster') continue;
        const w = (measureText ?? estimateTextWidth)(label.text, label.fontSize, label.bold) / 2;
        const h = label.fontSize * 0.65;
        const x = label.x * transform.k + transform.x;
        const y = label.y * transform.k + transform.y;
        if (Math.abs(px - x) <= w && Math.abs(py - y) <= h) {
          return map.clusters.find((c) => c.label === label.text)?.id ?? null;
        }
      }
      return null;
    }

    function commitTransform(): void {
      const t = { x: transform.x, y: transform.y, k: transform.k };
      const prev = store.getState().transform;
      if (!prev || Math.abs(prev.x - t.x) > 0.05 || Math.abs(prev.y - t.y) > 0.05 || Math.abs(prev.k - t.k) > 1e-5) {
        store.getState().setTransform(t);
      }
    }

    function requestDraw(): void {
      if (!frame) frame = requestAnimationFrame(draw);
    }

    function markMoving(): void {
      viewMoving = true;
      clearTimeout(settleTimer);
      settleTimer = setTimeout(settle, SETTLE_MS);
    }

    function settle(): void {
      clearTimeout(settleTimer);
      if (!viewMoving) return;
      viewMoving = false;
      requestDraw();
    }

    /** Something other than the view changed: the next frame is drawn crisply. */
    function invalidate(): void {
      dirty = true;
      requestDraw();
    }

    function syncMap(): void {
      const { map } = store.getState();
      if (map === mapSeen) return;
      mapSeen = map;
      simulation?.stop();
      simulation = null;
      positions = new Map();
      moving = undefined;
      painter.clear();
      if (map) needsFit = true;
    }

    function draw(): void {
      frame = 0;
      if (width === 0 || height === 0) return;
      syncMap();
      const state = store.getState();
      const request = state.viewRequest;
      if (state.map) {
        const initial = needsFit;
        needsFit = false;
        if (initial) carryOut({ type: 'fit', seq: 0 }, false);
        if (request && request.seq > handledSeq) {
          handledSeq = request.seq;
          carryOut(request, !initial && request.type !== 'set');
        }
      }
      if (!state.map || !state.index) {
        layered = null;
        setCurrentScene(null);
        const ctx = canvas!.getContext('2d');
        if (ctx) {
          ctx.setTransform(1, 0, 0, 1, 0, 0);
          ctx.clearRect(0, 0, canvas!.width, canvas!.height);
        }
        return;
      }
      const view = { width, height, k: transform.k, x: transform.x, y: transform.y };
      // While the view moves, the last picture follows it; the map is redrawn when it settles.
      if (viewMoving && !dirty && layered && painter.paintMoved(view, layered.base.background)) {
        canvas!.dataset.view = `${transform.x},${transform.y},${transform.k}`;
        return;
      }
      dirty = false;
      const input: SceneInput = {
        map: state.map,
        index: state.index,
        filter: selectFilterResult(state),
        hideFiltered: state.hideFiltered,
        selection: state.selection,
        hoverId: state.hover?.id ?? null,
        theme: state.theme,
        view,
        positions: positions.size > 0 ? positions : undefined,
        positionsVersion,
        moving,
        measureText,
        reserved: overlayBoxes(),
      };
      layered = computeLayeredScene(input);
      // The export asks for the whole scene, rarely: computed then, from the same input.
      setCurrentScene(() => computeScene(input));
      painter.paint(layered, dpr);
      canvas!.dataset.view = `${transform.x},${transform.y},${transform.k}`;
    }

    // ---- view commands ----

    /** Where a node is: where a drag left it, or where the map file has it. */
    function placeOf(id: string): { x: number; y: number } | undefined {
      const index = store.getState().index;
      return positions.get(id) ?? index?.paperById.get(id) ?? index?.keywordById.get(id);
    }

    function boundsOfIds(ids: Iterable<string>): Bounds | null {
      const pts: { x: number; y: number }[] = [];
      for (const id of ids) {
        const p = placeOf(id);
        if (p) pts.push(p);
      }
      return boundsOf(pts);
    }

    /** Bounds of the whole map, from its arrays (no id look-ups: 20k nodes are fitted on load). */
    function boundsOfAll(): Bounds | null {
      const map = store.getState().map;
      if (!map) return null;
      const at = (n: { id: string; x: number; y: number }): { x: number; y: number } => positions.get(n.id) ?? n;
      return boundsOf([...map.papers.map(at), ...map.keywords.map(at)]);
    }

    function boundsOfVisible(): Bounds | null {
      const state = store.getState();
      const filter = selectFilterResult(state);
      if (!filter.active || !state.hideFiltered) return boundsOfAll();
      return boundsOfIds([...filter.papers, ...filter.keywords]);
    }

    function carryOut(request: ViewRequest, animate: boolean): void {
      const state = store.getState();
      const map = state.map;
      if (!map) return;
      switch (request.type) {
        case 'fit': {
          const all = boundsOfAll();
          const b = boundsOfVisible() ?? all;
          if (!b || !all) return;
          fitK = fitAvoiding(all, 48, Infinity).k;
          zoomBehavior.scaleExtent(zoomExtent(fitK));
          goTo(fitAvoiding(pad(b, 12), 48, fitK * 4), animate);
          return;
        }
        case 'zoomBy': {
          const k = clamp(transform.k * request.factor, ...zoomExtent(fitK));
          const cx = (width / 2 - transform.x) / transform.k;
          const cy = (height / 2 - transform.y) / transform.k;
          goTo({ k, x: width / 2 - cx * k, y: height / 2 - cy * k }, animate);
          return;
        }
        case 'focusNode': {
          const p = placeOf(request.id);
          if (!p) return;
          // Centre it; zoom in only if the map is shown smaller than a little closer than the overview.
          const k = Math.max(transform.k, fitK * 1.6);
          goTo({ k, x: width / 2 - p.x * k, y: height / 2 - p.y * k }, animate);
          return;
        }
        case 'focusCluster': {
          const ids = [
            ...(state.index?.papersOfCluster.get(request.id) ?? []),
            ...(state.index?.keywordsOfCluster.get(request.id) ?? []),
          ];
          const b = boundsOfIds(ids);
          if (b) goTo(fitAvoiding(pad(b, 16), 64, fitK * 6), animate);
          return;
        }
        case 'set':
          goTo(request.transform, animate);
          return;
      }
    }

    /** The overlay's box in canvas pixels, where no label should hide. */
    function overlayBoxes(): { x0: number; y0: number; x1: number; y1: number }[] {
      const overlay = overlayRef?.current?.getBoundingClientRect();
      if (!overlay || overlay.width === 0) return [];
      const box = canvas!.getBoundingClientRect();
      return [{ x0: overlay.left - box.left, y0: overlay.top - box.top, x1: overlay.right - box.left, y1: overlay.bottom - box.top }];
    }

    /**
     * Fits `b` in the viewport, kept clear of the overlay: beside it or above it, whichever
     * shows the map larger.
     */
    function fitAvoiding(b: Bounds, margin: number, maxK: number): { k: number; x: number; y: number } {
      const base: Padding = { top: margin, right: margin, bottom: margin, left: margin };
      const overlay = overlayRef?.current?.getBoundingClientRect();
      const box = canvas!.getBoundingClientRect();
      if (!overlay || overlay.width === 0 || overlay.height === 0) return fitTransform(b, width, height, base, maxK);
      const beside = { ...base, left: Math.max(margin, overlay.right - box.left + 16) };
      const above = { ...base, bottom: Math.max(margin, box.bottom - overlay.top + 16) };
      const a = fitTransform(b, width, height, beside, maxK);
      const c = fitTransform(b, width, height, above, maxK);
      return a.k >= c.k ? a : c;
    }

    function pad(b: Bounds, by: number): Bounds {
      return { x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by };
    }

    function apply(t: { k: number; x: number; y: number }): void {
      zoomBehavior.transform(view, zoomIdentity.translate(t.x, t.y).scale(t.k));
    }

    function stopAnimation(): void {
      if (animation) cancelAnimationFrame(animation);
      animation = 0;
    }

    /** Moves the view to `target`, gliding (centre and log-scale interpolated) unless reduced motion. */
    function goTo(target: { k: number; x: number; y: number }, animate: boolean): void {
      stopAnimation();
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      if (!animate || reduce || typeof requestAnimationFrame !== 'function') {
        apply(target);
        commitTransform();
        return;
      }
      const from = { k: transform.k, cx: (width / 2 - transform.x) / transform.k, cy: (height / 2 - transform.y) / transform.k };
      const to = { k: target.k, cx: (width / 2 - target.x) / target.k, cy: (height / 2 - target.y) / target.k };
      const start = performance.now();
      const step = (now: number): void => {
        const t = Math.min(1, (now - start) / ANIMATION_MS);
        const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
        const k = Math.exp(Math.log(from.k) + (Math.log(to.k) - Math.log(from.k)) * e);
        const cx = from.cx + (to.cx - from.cx) * e;
        const cy = from.cy + (to.cy - from.cy) * e;
        apply({ k, x: width / 2 - cx * k, y: height / 2 - cy * k });
        if (t < 1) animation = requestAnimationFrame(step);
        else {
          animation = 0;
          settle();
          commitTransform();
        }
      };
      animation = requestAnimationFrame(step);
    }

    // ---- pointer: hover, click, drag ----

    let press: { id: string; kind: SceneNode['kind']; pointerId: number; x: number; y: number; moved: boolean } | null = null;
    let pressedNode = false;

    /**
     * A simulation of the dragged node's neighbourhood: it and its neighbours (the strongest
     * first, up to a few thousand) move; their other neighbours hold them in place, pinned. On a
     * big map the rest is far too much to simulate for every frame of a drag, and it would hardly
     * move anyway, being held by all its links.
     */
    function startSimulation(id: string): DragSimulation {
      simulation?.stop();
      // Nodes dropped by an earlier drag rest where they were dropped (their home); none stays pinned.
      for (const n of positions.values()) {
        n.fx = null;
        n.fy = null;
      }
      const index = store.getState().index;
      const neighbours = (a: string): string[] =>
        index?.keywordsOfPaper.get(a)?.map((l) => l.keywordId) ?? index?.papersOfKeyword.get(a)?.map((l) => l.paperId) ?? [];
      const free = new Set([id]);
      for (const b of neighbours(id)) if (free.size < NEIGHBOURHOOD_MAX) free.add(b);
      const anchors = new Set<string>();
      for (const a of free) {
        for (const b of neighbours(a)) if (!free.has(b) && anchors.size < NEIGHBOURHOOD_MAX) anchors.add(b);
      }
      const nodes: SimNode[] = [];
      for (const n of [...free, ...anchors]) {
        let node = positions.get(n);
        const p = placeOf(n);
        if (!node && p) {
          node = { id: n, x: p.x, y: p.y, homeX: p.x, homeY: p.y };
          positions.set(n, node);
        }
        if (!node) continue;
        if (anchors.has(n)) {
          node.fx = node.x;
          node.fy = node.y;
        }
        nodes.push(node);
      }
      const links: { source: string; target: string }[] = [];
      for (const a of [...free, ...anchors]) {
        for (const l of index?.keywordsOfPaper.get(a) ?? []) {
          if ((free.has(a) || free.has(l.keywordId)) && (free.has(l.keywordId) || anchors.has(l.keywordId))) {
            links.push({ source: a, target: l.keywordId });
          }
        }
      }
      positionsVersion += 1;
      moving = { ids: free, since: positionsVersion };
      simulation = createDragSimulation(
        nodes,
        links,
        () => {
          positionsVersion += 1;
          invalidate();
        },
        () => {
          moving = undefined;
          invalidate();
        },
      );
      return simulation;
    }

    function onPointerDown(event: PointerEvent): void {
      pressedNode = false;
      if (event.button !== 0) return;
      const node = nodeAtClient(event);
      if (!node) return;
      // Keeps d3-zoom from panning (no mousedown follows) and the browser from selecting text.
      event.preventDefault();
      pressedNode = true;
      stopAnimation();
      canvas!.setPointerCapture?.(event.pointerId);
      press = { id: node.id, kind: node.kind, pointerId: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
    }

    function onPointerMove(event: PointerEvent): void {
      if (press && event.pointerId === press.pointerId) {
        if (!press.moved && Math.hypot(event.clientX - press.x, event.clientY - press.y) < CLICK_DISTANCE) return;
        if (!press.moved) startSimulation(press.id);
        press.moved = true;
        const { wx, wy } = local(event);
        simulation?.drag(press.id, wx, wy);
        positionsVersion += 1;
        invalidate();
        canvas!.style.cursor = 'grabbing';
        return;
      }
      if (event.buttons) return;
      const node = nodeAtClient(event);
      const { px, py } = local(event);
      store.getState().setHover(node ? { id: node.id, x: px, y: py } : null);
      canvas!.style.cursor = node || clusterAtClient(event) !== null ? 'pointer' : '';
    }

    function onPointerUp(event: PointerEvent): void {
      if (!press || event.pointerId !== press.pointerId) return;
      const done = press;
      press = null;
      canvas!.releasePointerCapture?.(event.pointerId);
      canvas!.style.cursor = '';
      if (done.moved) simulation?.release(done.id);
      else store.getState().select({ kind: done.kind, id: done.id });
    }

    function onPointerLeave(): void {
      if (!press) store.getState().setHover(null);
    }

    function onClick(event: MouseEvent): void {
      // A press on a node was handled on pointerup; a click on the background clears the selection.
      if (pressedNode) {
        pressedNode = false;
        return;
      }
      if (nodeAtClient(event)) return;
      const cluster = clusterAtClient(event);
      if (cluster !== null) focusSelection({ kind: 'cluster', id: cluster });
      else if (store.getState().selection) store.getState().select(null);
    }

    function onKeyDown(event: KeyboardEvent): void {
      const s = store.getState();
      const pan = (dx: number, dy: number): void => zoomBehavior.translateBy(view, dx / transform.k, dy / transform.k);
      switch (event.key) {
        case '+':
        case '=':
          s.requestView({ type: 'zoomBy', factor: 1.5 });
          break;
        case '-':
        case '_':
          s.requestView({ type: 'zoomBy', factor: 1 / 1.5 });
          break;
        case '0':
          s.requestView({ type: 'fit' });
          break;
        case 'ArrowLeft':
          pan(60, 0);
          break;
        case 'ArrowRight':
          pan(-60, 0);
          break;
        case 'ArrowUp':
          pan(0, 60);
          break;
        case 'ArrowDown':
          pan(0, -60);
          break;
        case 'Escape':
          s.select(null);
          break;
        default:
          return;
      }
      event.preventDefault();
    }

    canvas.addEventListener('pointerdown', onPointerDown);
    canvas.addEventListener('pointermove', onPointerMove);
    canvas.addEventListener('pointerup', onPointerUp);
    canvas.addEventListener('pointercancel', onPointerUp);
    canvas.addEventListener('pointerleave', onPointerLeave);
    canvas.addEventListener('click', onClick);
    canvas.addEventListener('keydown', onKeyDown);

    // ---- size ----

    function resize(w: number, h: number): void {
      dpr = window.devicePixelRatio || 1;
      const first = width === 0 || height === 0;
      width = Math.max(0, Math.floor(w));
      height = Math.max(0, Math.floor(h));
      canvas!.width = Math.round(width * dpr);
      canvas!.height = Math.round(height * dpr);
      canvas!.style.width = `${width}px`;
      canvas!.style.height = `${height}px`;
      if (first && mapSeen) needsFit = true;
      invalidate();
    }
    const observer = typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => {
          const box = entries[entries.length - 1]?.contentRect;
          if (box) resize(box.width, box.height);
        })
      : null;
    observer?.observe(container);
    // Folding the legend frees or covers space for labels.
    const overlayObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(() => invalidate()) : null;
    if (overlayRef?.current) overlayObserver?.observe(overlayRef.current);
    const rect = container.getBoundingClientRect();
    resize(rect.width, rect.height);

    // Any change may show (selection, filter, theme, a view command); frames coalesce them.
    const unsubscribe = store.subscribe(invalidate);
    invalidate();

    return () => {
      unsubscribe();
      observer?.disconnect();
      overlayObserver?.disconnect();
      stopAnimation();
      clearTimeout(settleTimer);
      if (frame) cancelAnimationFrame(frame);
      simulation?.stop();
      painter.clear();
      view.on('.zoom', null);
      canvas.removeEventListener('pointerdown', onPointerDown);
      canvas.removeEventListener('pointermove', onPointerMove);
      canvas.removeEventListener('pointerup', onPointerUp);
      canvas.removeEventListener('pointercancel', onPointerUp);
      canvas.removeEventListener('pointerleave', onPointerLeave);
      canvas.removeEventListener('click', onClick);
      canvas.removeEventListener('keydown', onKeyDown);
      setCurrentScene(null);
    };
  }, [canvasRef, containerRef, overlayRef]);
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
