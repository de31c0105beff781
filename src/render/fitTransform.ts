// useMapCanvas and urlState import the fit from here; it lives in core/scene so that `npm run
// export` fits its view as the app does. Goes once they import '../core/scene'.
export {
  boundsOf,
  fitTransform,
  isValidView,
  VIEW_LIMITS,
  zoomExtent,
  type Bounds,
  type Padding,
  type View,
} from '../core/scene';
