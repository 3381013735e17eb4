import { useState } from 'react';
import { BusyButton } from './BusyButton';
import { ErrorAlert } from './QueryState';

interface FollowToggleProps {
  /** Whether the viewer follows the item now. */
  following: boolean;
  /** The label, the same in both states, e.g. "Følg behovet". */
  label: string;
  /** Starts or stops following; rejects when the api refuses. */
  onChange(follow: boolean): Promise<unknown>;
}

/**
 * Follow or unfollow a need or a solution: a toggle button. Its label stays the same (a toggle whose
 * name changed would be announced as a different control); the state is its pressed state
 * (aria-pressed), shown by a check mark and the filled style. Clicks wait for the api's answer, and
 * a refusal is explained.
 */
export function FollowToggle({ following, label, onChange }: FollowToggleProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const toggle = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onChange(!following);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="follow-toggle">
      <BusyButton
        variant={following ? 'secondary' : 'tertiary'}
        data-size="sm"
        aria-pressed={following}
        busy={busy}
        onClick={toggle}
      >
        {following && <span aria-hidden="true">✓ </span>}
        {label}
      </BusyButton>
      <ErrorAlert error={error} />
    </div>
  );
}
