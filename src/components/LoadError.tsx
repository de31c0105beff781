import { OpenMapButton } from './OpenMapButton';

/** Why the map could not be shown, in words, with a way out (open another file). */
export function LoadError({ message, source }: { message: string; source: string | null }) {
  return (
    <div className="load-error">
      <div className="load-error-card" role="alert">
        <h2>This map could not be opened</h2>
        <p className="load-error-message">{message}</p>
        {source && (
          <p className="muted">
            Source: <code>{source}</code>
          </p>
        )}
      </div>
      <p className="muted">
        Build the default map with <code>npm run build:map</code>, open a map file from your computer, or load one with{' '}
        <code>?map=URL</code>.
      </p>
      <OpenMapButton />
    </div>
  );
}
