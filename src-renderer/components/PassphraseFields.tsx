import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MAX, PASSPHRASE_MIN, passphraseStrength, type Strength } from '../../src-shared/passphrase';
import { Field } from './Field';
import './vault.css';

export interface NewPassphrase {
  passphrase: string;
  confirm: string;
}

export const emptyPassphrase: NewPassphrase = { passphrase: '', confirm: '' };

/** What is wrong with a new passphrase, in the order the user can fix it; null when it can be sent. */
export function passphraseProblem(value: NewPassphrase): 'short' | 'weak' | 'mismatch' | null {
  if ([...value.passphrase].length < PASSPHRASE_MIN) return 'short';
  if (passphraseStrength(value.passphrase) === 0) return 'weak';
  if (value.passphrase !== value.confirm) return 'mismatch';
  return null;
}

const strengthWords = ['tooShort', 'weak', 'fair', 'good', 'strong'] as const;

function strengthWord(passphrase: string, strength: Strength): (typeof strengthWords)[number] | 'guessable' {
  if (strength > 0) return strengthWords[strength];
  return [...passphrase].length < PASSPHRASE_MIN ? 'tooShort' : 'guessable';
}

/** A strength meter: four bars and a word, read out when the word changes. */
export function StrengthMeter({ passphrase, id }: { passphrase: string; id: string }) {
  const { t } = useTranslation();
  const strength = passphraseStrength(passphrase);
  const word = strengthWord(passphrase, strength);
  return (
    <div className={`strength strength-${strength}`} id={id} data-testid="strength-meter">
      <div className="strength-bars" aria-hidden="true">
        {[1, 2, 3, 4].map((level) => (
          <span key={level} className={passphrase && strength >= level ? 'strength-bar is-on' : 'strength-bar'} />
        ))}
      </div>
      <span className={passphrase ? 'strength-word' : 'strength-word is-empty'} aria-live="polite">
        {passphrase ? t(`vault.strength.${word}`) : t('vault.strength.empty', { min: PASSPHRASE_MIN })}
      </span>
    </div>
  );
}

/**
 * A new passphrase typed twice, with its strength as it is typed and the minimum stated.
 * `showErrors` turns on the messages once the user has tried to submit.
 */
export function PassphraseFields(props: {
  value: NewPassphrase;
  onChange: (value: NewPassphrase) => void;
  showErrors: boolean;
  label?: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const meterId = useId();
  const [visible, setVisible] = useState(false);
  const problem = props.showErrors ? passphraseProblem(props.value) : null;
  const type = visible ? 'text' : 'password';
  return (
    <>
      <Field
        label={props.label ?? t('vault.fields.newPassphrase')}
        required
        hint={t('vault.fields.newPassphraseHint')}
        error={problem === 'short' ? t('vault.problems.short', { min: PASSPHRASE_MIN }) : problem === 'weak' ? t('vault.problems.weak') : undefined}
      >
        {(control) => (
          <>
            <input
              {...control}
              aria-describedby={[control['aria-describedby'], meterId].filter(Boolean).join(' ')}
              className="input passphrase-input"
              type={type}
              autoComplete="new-password"
              spellCheck={false}
              maxLength={PASSPHRASE_MAX}
              autoFocus={props.autoFocus}
              value={props.value.passphrase}
              onChange={(e) => props.onChange({ ...props.value, passphrase: e.target.value })}
            />
            <StrengthMeter passphrase={props.value.passphrase} id={meterId} />
          </>
        )}
      </Field>
      <Field label={t('vault.fields.confirm')} required error={problem === 'mismatch' ? t('vault.problems.mismatch') : undefined}>
        {(control) => (
          <input
            {...control}
            className="input passphrase-input"
            type={type}
            autoComplete="new-password"
            spellCheck={false}
            maxLength={PASSPHRASE_MAX}
            value={props.value.confirm}
            onChange={(e) => props.onChange({ ...props.value, confirm: e.target.value })}
          />
        )}
      </Field>
      <label className="checkbox small">
        <input type="checkbox" checked={visible} onChange={(e) => setVisible(e.target.checked)} />
        {t('vault.fields.show')}
      </label>
    </>
  );
}
