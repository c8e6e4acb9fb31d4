import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterRow } from '../../../src-shared/contract';
import { Dialog, DialogActions } from '../../components/Dialog';
import { Field, LookupSelect } from '../../components/Field';
import { countryName } from '../../lib/countries';
import { useCountryOptions, useOrganisationOptions } from '../../lib/lookups';

export interface Representing {
  representingCountryCode: string | null;
  representingOrgId: string | null;
}

/**
 * Whom a participant speaks for at this event: a seconded officer may represent another country,
 * an expert an international organisation rather than their own agency.
 */
export function RepresentingDialog(props: { row: RosterRow | null; onClose: () => void; onSave: (row: RosterRow, value: Representing) => void }) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const organisations = useOrganisationOptions({ byLabel: true });
  const { row } = props;
  const [country, setCountry] = useState('');
  const [organisation, setOrganisation] = useState('');
  useEffect(() => {
    setCountry(row?.representingCountryCode ?? '');
    setOrganisation(row?.representingOrgId ?? '');
  }, [row]);

  const save = () => {
    if (!row) return;
    props.onSave(row, { representingCountryCode: country || null, representingOrgId: organisation || null });
    props.onClose();
  };
  return (
    <Dialog
      open={row !== null}
      title={t('roster.representing.title', { name: row?.fullName ?? '' })}
      subtitle={t('roster.representing.hint')}
      onClose={props.onClose}
      testId="roster-representing"
      className="roster-dialog roster-dialog-small"
      actions={
        <DialogActions onCancel={props.onClose} onConfirm={save}>
          {t('common.save')}
        </DialogActions>
      }
    >
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Field label={t('roster.representing.country')}>
          {(control) => (
            <LookupSelect
              control={control}
              value={country}
              options={countries}
              emptyLabel={t('roster.representing.none')}
              missingLabel={countryName(row?.representingCountryCode, row?.representingCountryName)}
              onChange={setCountry}
            />
          )}
        </Field>
        <Field label={t('roster.representing.organisation')}>
          {(control) => (
            <LookupSelect
              control={control}
              value={organisation}
              options={organisations}
              emptyLabel={t('roster.representing.none')}
              missingLabel={row?.representingOrgName}
              onChange={setOrganisation}
            />
          )}
        </Field>
      </form>
    </Dialog>
  );
}
