import type { ViewCommand, ViewRequest } from '../store/mapStoreState';
import type { ZoomController } from './createZoomController';
import { planView, type ViewContext } from './planView';

export interface ViewCommands {
  /** A new map, or a first size: the next `update` fits the map, without a glide. */
  fitNext(): void;
  /**
   * Carries out the fit a new map needs, then the store's request if it is new (each request
   * once, by its sequence number). Called when a frame is drawn with a map.
   */
  update(request: ViewRequest | null): void;
  /** Scale at which the whole map fits, as last measured. */
  fitK(): number;
  /** The user moved the view (zoom, pan): a later filter change no longer moves it. */
  userMoved(): void;
}

/**
 * The view commands other components put in the store (fit, zoom by, focus a node or cluster,
 * set), carried out on the zoom controller. `context` describes the view and map as they are now
 * (without the overview scale, which this keeps).
 */
export function createViewCommands(
  zoom: Pick<ZoomController, 'goTo' | 'setOverviewScale'>,
  context: () => Omit<ViewContext, 'fitK'>,
): ViewCommands {
  let fitK = 1;
  let handledSeq = 0;
  let needsFit = false;
  /** The user moved the view since the keyword filter was set. */
  let movedSinceFilter = false;

  function carryOut(command: ViewCommand, animate: boolean): void {
    const plan = planView(command, { ...context(), fitK });
    if (!plan) return;
    if (plan.fitK !== undefined) {
      fitK = plan.fitK;
      zoom.setOverviewScale(fitK);
    }
    zoom.goTo(plan.target, animate);
  }

  return {
    fitNext() {
      needsFit = true;
    },
    update(request) {
      const initial = needsFit;
      needsFit = false;
      if (initial) carryOut({ type: 'fit' }, false);
      if (request && request.seq > handledSeq) {
        handledSeq = request.seq;
        if (request.type === 'fitMatches' && request.auto === 'first') movedSinceFilter = false;
        else if (request.type === 'zoomBy') movedSinceFilter = true;
        // The user went their own way after filtering: refining the filter leaves the view to them.
        if (request.type === 'fitMatches' && request.auto === 'change' && movedSinceFilter) return;
        // A request that comes with a new map is carried out at once; 'set' restores a view (the URL's).
        carryOut(request, !initial && request.type !== 'set');
      }
    },
    fitK: () => fitK,
    userMoved() {
      movedSinceFilter = true;
    },
  };
}
