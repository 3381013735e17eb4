import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ErrorAlert } from './QueryState';

interface FollowToggleProps {
  /** Whether the viewer follows the item now. */
  following: boolean;
  /** The visible label while not following, e.g. "Følg behovet". */
  followLabel: string;
  /** The visible label while following, e.g. "Du følger behovet". */
  followingLabel: string;
  /** Starts or stops following; rejects when the api refuses. */
  onChange(follow: boolean): Promise<unknown>;
}

/**
 * Follow or unfollow a need or a solution: a toggle button whose pressed state (aria-pressed) and
 * visible label change together. Clicks wait for the api's answer, and a refusal is explained.
 */
export function FollowToggle({ following, followLabel, followingLabel, onChange }: FollowToggleProps) {
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
      {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus */}
      <Button
        variant="tertiary"
        data-size="sm"
        aria-pressed={following}
        aria-disabled={busy || undefined}
        aria-busy={busy || undefined}
        onClick={toggle}
      >
        {following ? followingLabel : followLabel}
      </Button>
      <ErrorAlert error={error} />
    </div>
  );
}
