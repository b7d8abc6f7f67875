import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ContactDetails } from '../../../contract/contact-keys.ts';
import { findContactDuplicates, type ContactDuplicate } from '../../db/customers-repo.ts';
import { useServices } from '../../services/pos-services.tsx';

/** How long typing must pause before the register looks the contacts up. */
const duplicateCheckDelayMs = 175;

/**
 * The customers on the register sharing a phone number or an e-mail address with the contacts
 * being typed (X2), looked up once typing pauses (so keystrokes never wait for the database),
 * and live: a customer downloaded meanwhile shows up. The customer being edited is left out.
 */
export function useContactDuplicates(
  contact: ContactDetails,
  excludeLocalId?: number,
): ContactDuplicate[] {
  const { db } = useServices();
  const typed = JSON.stringify(contact);
  const [settled, setSettled] = useState(typed);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(typed), duplicateCheckDelayMs);
    return () => clearTimeout(timer);
  }, [typed]);
  return (
    useLiveQuery(
      () => findContactDuplicates(db, JSON.parse(settled) as ContactDetails, excludeLocalId),
      [db, settled, excludeLocalId],
    ) ?? []
  );
}
