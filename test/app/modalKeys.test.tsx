// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { modalKeyDown } from '../../src/components/modalKeys';

afterEach(cleanup);

function Dialog({ close, submit }: { close: () => void; submit: () => void }) {
  return (
    <div role="dialog" onKeyDown={(e) => modalKeyDown(e, close, submit)}>
      <textarea aria-label="text" />
      <button type="button">Cancel</button>
      <button type="button" disabled>
        Off
      </button>
      <button type="button">Go</button>
    </div>
  );
}

test('Tab wraps inside the dialog (skipping disabled buttons), Ctrl+Enter submits, Escape closes', async () => {
  const close = vi.fn();
  const submit = vi.fn();
  render(<Dialog close={close} submit={submit} />);
  const user = userEvent.setup();
  screen.getByLabelText('text').focus();
  await user.tab({ shift: true });
  expect(document.activeElement).toBe(screen.getByText('Go'));
  await user.tab();
  expect(document.activeElement).toBe(screen.getByLabelText('text'));
  await user.tab();
  expect(document.activeElement).toBe(screen.getByText('Cancel'));
  await user.keyboard('{Control>}{Enter}{/Control}');
  expect(submit).toHaveBeenCalledTimes(1);
  expect(close).not.toHaveBeenCalled();
  await user.keyboard('{Escape}');
  expect(close).toHaveBeenCalledTimes(1);
});
