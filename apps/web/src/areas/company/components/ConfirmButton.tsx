import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

interface ConfirmButtonProps {
  /** The button's words, e.g. "Archiveren". */
  label: ReactNode;
  /** What will happen, asked before it does. */
  question: ReactNode;
  /** The button that does it, e.g. "Ja, archiveren". */
  confirmLabel: ReactNode;
  onConfirm(): void | Promise<void>;
  busy?: boolean;
  /** The id of what the action is about (the card's heading), for screen readers. */
  describedBy?: string;
}

/** An action that cannot be undone: asked once more, in place, with the focus on the question's answer. */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  busy,
  describedBy,
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const open = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) open.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <Button
        ref={open}
        appearance="secondary-action-button"
        aria-describedby={describedBy}
        onClick={() => setAsking(true)}
      >
        {label}
      </Button>
    );
  }
  return (
    <div className="tm-company-confirm">
      <Paragraph>{question}</Paragraph>
      <ButtonGroup>
        <Button
          ref={confirm}
          appearance="primary-action-button"
          hint="danger"
          busy={busy}
          disabled={busy}
          onClick={() => void onConfirm()}
        >
          {confirmLabel}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => setAsking(false)}>
          <FormattedMessage id="common.cancel" />
        </Button>
      </ButtonGroup>
    </div>
  );
}
