import { useRef } from 'react';
import { countNoun } from '../core/util';
import { useMapCanvas } from '../hooks/useMapCanvas';
import { useMapStore } from '../store/useMapStore';
import { Legend } from './Legend';
import { Tooltip } from './Tooltip';
import { ZoomControls } from './ZoomControls';

/** The map: a canvas (drawn and handled outside React), with zoom buttons, legend and tooltip over it. */
export function MapView() {
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const legendRef = useRef<HTMLElement>(null);
  useMapCanvas(containerRef, canvasRef, legendRef);
  const status = useMapStore((s) => s.status);
  const caption = useMapStore((s) =>
    s.map
      ? `Topic map of ${countNoun(s.map.papers.length, 'paper')} and ${countNoun(s.map.keywords.length, 'keyword')} in ${countNoun(s.map.clusters.length, 'cluster')}`
      : 'Topic map',
  );
  return (
    <div className="map-view">
      <div className="map-canvas" ref={containerRef}>
        <canvas
          ref={canvasRef}
          tabIndex={0}
          role="img"
          aria-label={`${caption}. Use + and − to zoom, arrow keys to pan, 0 to fit; to pick a paper without a mouse, use the paper list beside the map.`}
        />
        <Tooltip />
      </div>
      <ZoomControls />
      <Legend ref={legendRef} />
      {status === 'loading' && (
        <div className="map-loading" role="status">
          Loading map…
        </div>
      )}
    </div>
  );
}
