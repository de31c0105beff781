// useMapCanvas imports the fit from here; it lives in core/scene so that `npm run export` fits
// its view as the app does. Goes once the hook's rewrite imports '../core/scene'.
export { boundsOf, fitTransform, type Bounds, type Padding } from '../core/scene';
