import { useEffect, type RefObject } from 'react';
import type { MapFile } from '../core/map';
import { THEMES } from '../core/style';
import { clusterLabelAt } from '../render/clusterLabelAt';
import { createCanvasScene } from '../render/createCanvasScene';
import { createFrameScheduler, type FrameRequest } from '../render/createFrameScheduler';
import { createNodeDrag } from '../render/createNodeDrag';
import { createNodePicker } from '../render/createNodePicker';
import { attachPointerHandlers, createPointerHandlers, type ClientPoint } from '../render/createPointerHandlers';
import { createTextMeasure } from '../render/createTextMeasure';
import { createViewCommands } from '../render/createViewCommands';
import { createZoomController } from '../render/createZoomController';
import { drawPlacedMarker } from '../render/drawPlacedMarker';
import { keyCommand } from '../render/keyCommand';
import { boundsOfIds, boundsOfMatches, mapBounds, visibleBounds } from '../render/mapBounds';
import type { CanvasBox } from '../render/planView';
import { observeSize, sizeCanvas, type CanvasSize } from '../render/sizeCanvas';
import { focusSelection } from '../store/focusSelection';
import { selectFilterResult } from '../store/selectFilterResult';
import { selectHighlighting, selectSceneFilter } from '../store/selectSceneFilter';
import { useMapStore } from '../store/useMapStore';

/** Pointer slack around a node's rim, in screen pixels (fingers and small nodes). */
const HIT_SLACK = 4;

/**
 * Draws the map on `canvas` and handles what happens on it, by wiring units of src/render: zoom
 * and pan (createZoomController) and the store's view commands (createViewCommands), hover, click
 * and drag (createPointerHandlers, createNodeDrag), the keyboard (keyCommand), the canvas's size
 * (sizeCanvas, observeSize) and painting (createCanvasScene, in frames from createFrameScheduler).
 * Positions and the zoom transform change every frame, so they live in those units, never in React.
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
    let size: CanvasSize = { width: 0, height: 0, dpr: 1 };
    /** The container's new size, applied to the canvas when it has settled (see observeSize below). */
    let pendingSize: { width: number; height: number } | null = null;
    let mapSeen: MapFile | null = null;

    const scene = createCanvasScene(canvas);
    const picker = createNodePicker();
    const frames = createFrameScheduler(draw);
    const drag = createNodeDrag({ index: () => store.getState().index, onChange: frames.invalidate });
    const zoom = createZoomController({
      canvas,
      size: () => size,
      canPan: (event) => nodeAt(pointOf(event)) === null,
      onZoom(byUser, gliding) {
        if (byUser) commands.userMoved();
        if (byUser && store.getState().hover) store.getState().setHover(null);
        if (byUser || gliding) frames.markMoving();
        frames.request();
      },
      onRest(t) {
        const prev = store.getState().transform;
        if (!prev || Math.abs(prev.x - t.x) > 0.05 || Math.abs(prev.y - t.y) > 0.05 || Math.abs(prev.k - t.k) > 1e-5) {
          store.getState().setTransform(t);
        }
      },
      onGlideEnd: frames.settle,
      reducedMotion: () =>
        (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false) || typeof requestAnimationFrame !== 'function',
    });
    const commands = createViewCommands(zoom, () => ({
      width: size.width,
      height: size.height,
      transform: zoom.transform(),
      overlay: overlayBox(),
      covered: coveredBelow(),
      allBounds: () => {
        const { map } = store.getState();
        return map ? mapBounds(map, drag.positions()?.at) : null;
      },
      visibleBounds: () => {
        const state = store.getState();
        if (!state.map) return null;
        return visibleBounds(state.map, selectFilterResult(state), state.hideFiltered, drag.placeOf, drag.positions()?.at);
      },
      placeOf: drag.placeOf,
      clusterBounds: (id) => {
        const index = store.getState().index;
        return boundsOfIds(
          [...(index?.papersOfCluster.get(id) ?? []), ...(index?.keywordsOfCluster.get(id) ?? [])],
          drag.placeOf,
        );
      },
      matchBounds: () => {
        const state = store.getState();
        return state.map ? boundsOfMatches(state.map, selectFilterResult(state), drag.placeOf, drag.positions()?.at) : null;
      },
    }));

    function pointOf(event: Event): ClientPoint | null {
      const touches = (event as TouchEvent).touches;
      if (touches) return touches.length === 1 ? touches[0] : null;
      return event as MouseEvent;
    }

    function toLocal(p: ClientPoint): { px: number; py: number; wx: number; wy: number } {
      const rect = canvas!.getBoundingClientRect();
      const t = zoom.transform();
      const px = p.clientX - rect.left;
      const py = p.clientY - rect.top;
      return { px, py, wx: (px - t.x) / t.k, wy: (py - t.y) / t.k };
    }

    function nodeAt(p: ClientPoint | null) {
      const layered = scene.layered();
      if (!p || !layered) return null;
      const { wx, wy } = toLocal(p);
      return picker.nodeAt(layered.base.nodes, wx, wy, HIT_SLACK / zoom.transform().k);
    }

    function clusterAt(p: ClientPoint): number | null {
      const layered = scene.layered();
      if (!layered || !store.getState().map) return null;
      const { px, py } = toLocal(p);
      return clusterLabelAt(layered.labels, px, py, zoom.transform(), measureText);
    }

    /** The overlay's box in canvas pixels, where no label should hide and fits keep clear of. */
    function overlayBox(): CanvasBox | null {
      const overlay = overlayRef?.current?.getBoundingClientRect();
      if (!overlay || overlay.width === 0) return null;
      const box = canvas!.getBoundingClientRect();
      return {
        left: overlay.left - box.left,
        top: overlay.top - box.top,
        right: overlay.right - box.left,
        bottom: overlay.bottom - box.top,
      };
    }

    /**
     * How much of the map's bottom the details drawer of a narrow screen covers while it is open
     * (App's DetailsPanel, a sheet over the map, not beside it), else 0.
     */
    function coveredBelow(): number {
      const sheet = canvas!.ownerDocument.querySelector<HTMLElement>('.details.drawer.open');
      if (!sheet) return 0;
      const box = canvas!.getBoundingClientRect();
      // Its laid-out height, not its box: it may still be sliding in.
      return Math.max(0, Math.min(size.height, sheet.offsetHeight - (window.innerHeight - box.bottom)));
    }

    function syncMap(): void {
      const { map } = store.getState();
      if (map === mapSeen) return;
      mapSeen = map;
      drag.reset();
      scene.forgetMap();
      if (map) commands.fitNext();
    }

    /**
     * Resizes the canvas of a map on screen so that what was at its centre stays there: a panel
     * opening beside the map (Gaps, Themes, Settings: 1020 → 580 pixels wide) had kept the left
     * edge in place, hiding the right half of what the user was looking at.
     */
    function resizeKeepingCentre(w: number, h: number, dpr: number): void {
      const before = size;
      size = sizeCanvas(canvas!, w, h, dpr);
      const dx = (size.width - before.width) / 2;
      const dy = (size.height - before.height) / 2;
      if (mapSeen !== null && (dx !== 0 || dy !== 0)) zoom.panBy(dx, dy);
    }

    function draw(frame: FrameRequest): void {
      if (pendingSize && !frame.moving) {
        resizeKeepingCentre(pendingSize.width, pendingSize.height, size.dpr);
        pendingSize = null;
      }
      // A new map brings panels with it (the year slider, the legend) that change the map's box in
      // the same commit: measure it now, so the map is fitted to and drawn at its real size once,
      // rather than drawn at the old size and then resized and redrawn in full (at 100,000 papers
      // a second full draw right after the first paint).
      if (!frame.moving && size.width > 0 && store.getState().map !== mapSeen) {
        const box = container!.getBoundingClientRect();
        if (Math.floor(box.width) !== size.width || Math.floor(box.height) !== size.height) {
          size = sizeCanvas(canvas!, box.width, box.height, size.dpr);
          pendingSize = null;
        }
      }
      const { width, height, dpr } = size;
      if (width === 0 || height === 0) return;
      syncMap();
      const state = store.getState();
      if (state.map) commands.update(state.viewRequest);
      if (!state.map || !state.index) {
        scene.blank();
        return;
      }
      const t = zoom.transform();
      const view = { width, height, k: t.k, x: t.x, y: t.y };
      // While the view moves, the last picture follows it; the map is redrawn when it settles.
      if (frame.moving && scene.paintMoved(view)) {
        canvas!.dataset.view = `${t.x},${t.y},${t.k}`;
        return;
      }
      frames.drawnCrisply();
      const box = overlayBox();
      scene.paint(
        {
          map: state.map,
          index: state.index,
          // "Highlight new" dims what is not new, over the filter (and dims, never hides, while on).
          filter: selectSceneFilter(state),
          hideFiltered: state.hideFiltered && !selectHighlighting(state),
          selection: state.selection,
          hoverId: state.hover?.id ?? null,
          theme: state.theme,
          colorBy: state.colorBy,
          view,
          positions: drag.positions(),
          moving: drag.moving(),
          measureText,
          reserved: box ? [{ x0: box.left, y0: box.top, x1: box.right, y1: box.bottom }] : [],
        },
        dpr,
        state.density,
      );
      // A placed paper's marker, over the map (the picture kept while the view moves holds it too).
      const at = state.placed?.placement.position;
      const ctx = at ? canvas!.getContext('2d') : null;
      const marker = at && ctx ? drawPlacedMarker(ctx, at, view, dpr, THEMES[state.theme]) : null;
      if (marker) canvas!.dataset.placed = `${marker.x},${marker.y}`;
      else delete canvas!.dataset.placed;
      canvas!.dataset.view = `${t.x},${t.y},${t.k}`;
    }

    const detachPointer = attachPointerHandlers(
      canvas,
      createPointerHandlers({
        toLocal,
        nodeAt,
        clusterAt,
        drag,
        stopGlide: zoom.stopGlide,
        capture: (id) => canvas.setPointerCapture?.(id),
        releaseCapture: (id) => canvas.releasePointerCapture?.(id),
        setCursor: (cursor) => {
          // Written only when it changes: each write invalidates the canvas's style, which the
          // tooltip's render then recalculated on every pointer move over a node.
          if (canvas.style.cursor !== cursor) canvas.style.cursor = cursor;
        },
        setHover: (hover) => store.getState().setHover(hover),
        select: (node) => store.getState().select(node),
        focusCluster: (id) => focusSelection({ kind: 'cluster', id }),
        clearSelection: () => {
          if (store.getState().selection) store.getState().select(null);
        },
      }),
    );

    function onKeyDown(event: KeyboardEvent): void {
      const command = keyCommand(event.key);
      if (!command) return;
      if (command.type === 'view') store.getState().requestView(command.command);
      else if (command.type === 'pan') {
        commands.userMoved();
        zoom.panBy(command.dx, command.dy);
      } else store.getState().select(null);
      event.preventDefault();
    }
    canvas.addEventListener('keydown', onKeyDown);

    const stopObserving = observeSize(
      container,
      overlayRef?.current ?? null,
      (w, h) => {
        const first = size.width === 0 || size.height === 0;
        const dpr = window.devicePixelRatio || 1;
        const resized = Math.floor(w) !== size.width || Math.floor(h) !== size.height;
        // The size a new map's first frame measured already (see draw): nothing to do.
        if (!first && !resized && dpr === size.dpr && pendingSize === null) return;
        // A resize of the map on screen (the filter bar wrapping to a second row as a filter is
        // set, a window dragged wider) keeps the canvas and its picture as they are (cropped, or
        // with background beside it) until the size has settled, as a pan does; then the canvas
        // is resized and drawn crisply (the next crisp frame does it, if one comes first). A
        // resize clears the canvas, so at once it meant a full redraw of a big map in the same
        // frame as what caused it (400 ms of a filter's time at 100,000 papers).
        if (!first && resized && dpr === size.dpr && mapSeen !== null) {
          pendingSize = { width: w, height: h };
          frames.markMoving();
          return;
        }
        pendingSize = null;
        if (first) size = sizeCanvas(canvas, w, h, dpr);
        else resizeKeepingCentre(w, h, dpr);
        if (first && mapSeen) commands.fitNext();
        frames.invalidate();
      },
      frames.invalidate,
    );

    // Any change may show (selection, filter, theme, a view command); frames coalesce them.
    const unsubscribe = store.subscribe(frames.invalidate);
    frames.invalidate();

    return () => {
      unsubscribe();
      stopObserving();
      frames.destroy();
      zoom.destroy();
      drag.stop();
      detachPointer();
      canvas.removeEventListener('keydown', onKeyDown);
      scene.destroy();
    };
  }, [canvasRef, containerRef, overlayRef]);
}
