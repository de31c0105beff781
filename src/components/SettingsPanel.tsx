import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { DEFAULT_SETTINGS, type BuildSettings } from '../core/map';
import { selectBuildBase } from '../store/selectBuildBase';
import { useReturnFocus } from '../hooks/useReturnFocus';
import { useMapStore } from '../store/useMapStore';
import { Icon } from './Icon';
import { CurationList } from './CurationList';

type Key = keyof BuildSettings;

interface Field {
  key: Key;
  label: string;
  hint: string;
  min: number;
  max: number;
  step: number;
  /** A slider rather than a number box. */
  range?: boolean;
}

/** The pipeline's settings, with ranges that give a readable map (the builder takes any positive value). */
const FIELDS: readonly Field[] = [
  { key: 'topK', label: 'Keywords per paper', hint: 'How many keywords each paper keeps.', min: 1, max: 30, step: 1 },
  {
    key: 'minDf',
    label: 'Least papers per keyword',
    hint: 'A keyword needs this many papers to be on the map.',
    min: 1,
    max: 100,
    step: 1,
  },
  { key: 'maxKeywords', label: 'Most keywords', hint: 'At most this many keywords on the map.', min: 10, max: 3000, step: 1 },
  {
    key: 'resolution',
    label: 'Cluster resolution',
    hint: 'Higher gives more, smaller clusters.',
    min: 0.1,
    max: 4,
    step: 0.1,
    range: true,
  },
  { key: 'seed', label: 'Seed', hint: 'Another seed gives another layout of the same map.', min: 0, max: 2_147_483_647, step: 1 },
];

type Draft = Record<Key, string>;

const toDraft = (settings: BuildSettings): Draft =>
  Object.fromEntries(FIELDS.map((f) => [f.key, String(settings[f.key])])) as Draft;

/** The problem with a field's text, or null when it is a usable value. */
function problemOf(field: Field, text: string): string | null {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) return 'Enter a number.';
  if (field.step === 1 && !Number.isInteger(value)) return 'Enter a whole number.';
  if (value < field.min || value > field.max)
    return `Between ${field.min.toLocaleString('en')} and ${field.max.toLocaleString('en')}.`;
  return null;
}

/**
 * "Settings": the pipeline's settings for the map on screen (Apply rebuilds it in the worker
 * from the same corpus, keeping the view) and the keyword curation with undo, thesaurus export
 * and import. A non-modal dialog over the map, so the map stays usable while it is open.
 */
export function SettingsPanel({ onClose }: { onClose: () => void }) {
  const id = useId();
  const settings = useMapStore((s) => selectBuildBase(s).settings);
  const hasMap = useMapStore((s) => s.map !== null);
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const panel = useRef<HTMLDivElement>(null);
  // Closed, the panel gives the focus back to the Settings button.
  useReturnFocus(panel);

  // A new map (or another build asked for) brings its own settings into the form.
  useEffect(() => setDraft(toDraft(settings)), [settings]);
  useEffect(() => {
    useMapStore.getState().warmBuilder();
    panel.current?.focus();
  }, []);

  const problems = Object.fromEntries(FIELDS.map((f) => [f.key, problemOf(f, draft[f.key])])) as Record<Key, string | null>;
  const valid = FIELDS.every((f) => problems[f.key] === null);
  const changed = FIELDS.some((f) => Number(draft[f.key]) !== settings[f.key]);

  const apply = (event: FormEvent): void => {
    event.preventDefault();
    if (!valid || !changed || !hasMap) return;
    const next = { ...settings };
    for (const f of FIELDS) next[f.key] = Number(draft[f.key]);
    useMapStore.getState().rebuild({ settings: next });
    // Apply is disabled now (nothing left to apply): the focus stays in the panel, not on the page.
    panel.current?.focus();
  };

  const input = (f: Field, inputId: string, problem: string | null) => (
    <input
      id={inputId}
      className={f.range ? 'range' : 'number'}
      type={f.range ? 'range' : 'number'}
      inputMode={f.step === 1 ? 'numeric' : 'decimal'}
      min={f.min}
      max={f.max}
      step={f.step}
      value={draft[f.key]}
      aria-invalid={problem !== null}
      aria-describedby={`${inputId}-hint`}
      onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
    />
  );

  return (
    <div
      ref={panel}
      className="settings-panel"
      role="dialog"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="settings-header">
        <h2 id={`${id}-title`} className="settings-title">
          Settings
        </h2>
        <button type="button" className="icon-button" aria-label="Close settings" onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
      <div className="settings-scroll">
        <form className="settings-form" onSubmit={apply} noValidate aria-labelledby={`${id}-map`}>
          <h3 id={`${id}-map`} className="settings-section-title">
            Map
          </h3>
          {FIELDS.map((f) => {
            const inputId = `${id}-${f.key}`;
            const problem = problems[f.key];
            return (
              <div key={f.key} className={`field${f.range ? ' field-range' : ''}`}>
                <div className="field-control">
                  <label className="field-label" htmlFor={inputId}>
                    {f.label}
                  </label>
                  {f.range ? (
                    // Shown for the eye; the slider says its own value (an output is a live region: read twice).
                    <output className="range-value" htmlFor={inputId} aria-hidden="true">
                      {Number(draft[f.key]).toFixed(1)}
                    </output>
                  ) : (
                    input(f, inputId, problem)
                  )}
                </div>
                {f.range && input(f, inputId, problem)}
                <p id={`${inputId}-hint`} className={`field-hint${problem ? ' field-problem' : ''}`}>
                  {problem ?? f.hint}
                </p>
              </div>
            );
          })}
          <div className="settings-actions">
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                setDraft(toDraft(DEFAULT_SETTINGS));
                // Disabled once the defaults are in: the focus stays in the panel.
                panel.current?.focus();
              }}
              disabled={FIELDS.every((f) => Number(draft[f.key]) === DEFAULT_SETTINGS[f.key])}
            >
              Defaults
            </button>
            <button type="submit" className="button button-primary" disabled={!valid || !changed || !hasMap}>
              Apply
            </button>
          </div>
          <p className="settings-note muted">Rebuilds the map in this browser; nothing is uploaded.</p>
        </form>
        <CurationList />
      </div>
    </div>
  );
}
