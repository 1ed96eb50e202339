import { normalizeTin } from '../validators';
import type { OrganizationValues } from './organization';

/**
 * The taxpayer id as stored: which kind and its 9 digits. Apart from organization.ts so the
 * duplicate checks, which Step 3's page loads too, do not bring Step 2's rules along.
 */
export function taxpayerId(
	v: Pick<OrganizationValues, 'fein' | 'ssn'>
): { kind: 'fein' | 'ssn'; digits: string } | null {
	const fein = normalizeTin(v.fein);
	if (fein) return { kind: 'fein', digits: fein };
	const ssn = normalizeTin(v.ssn);
	return ssn ? { kind: 'ssn', digits: ssn } : null;
}
