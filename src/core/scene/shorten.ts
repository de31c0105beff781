// computeScene and sceneLayers import the shortener from here; it lives in core/util so the corpus
// readers can use it too (a stage may import util, not scene). Goes once they import '../util'.
export { shorten } from '../util';
