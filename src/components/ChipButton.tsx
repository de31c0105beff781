export interface ChipButtonProps {
  /** The keyword's term. */
  term: string;
  /** The number beside it: a score, a paper count, shared papers. */
  score: string | number;
  onClick: () => void;
  /** The accessible name, when the term and number alone would not say what the button does. */
  label?: string;
  /** For a chip that toggles (a keyword in the filter); left out otherwise. */
  pressed?: boolean;
  title?: string;
}

/** A keyword chip that does something when pressed (selects the keyword, filters by it). */
export function ChipButton({ term, score, onClick, label, pressed, title }: ChipButtonProps) {
  return (
    <button
      type="button"
      className={`chip chip-button${pressed ? ' active' : ''}`}
      aria-label={label}
      aria-pressed={pressed}
      title={title}
      onClick={onClick}
    >
      <span>{term}</span>
      <span className="chip-score">{score}</span>
    </button>
  );
}
