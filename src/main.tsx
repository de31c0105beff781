import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { prefetchMap } from './hooks/useMapLoader';
import { getCurrentScene } from './render/currentScene';
import './app.css';

declare global {
  interface Window {
    /** Read-only hook for browser tests and debugging: the scene on screen. */
    __topicMap?: { getScene: typeof getCurrentScene };
  }
}
window.__topicMap = { getScene: getCurrentScene };

prefetchMap();
const root = document.getElementById('root');
if (!root) throw new Error('Topic Map: the page has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
