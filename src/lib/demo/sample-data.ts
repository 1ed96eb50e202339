/**
 * The demo tools' sample data: registered organizations from the wizard personas (through the
 * same path as Submit My Registration), extra users with known demo passwords, an organization
 * with an expired certification, the sample boards and an award in progress. Loading again skips
 * what exists.
 */
import { ensureSampleBoards, loadSolicitations } from '$lib/boards/solicitations';
import { personaValues } from '$lib/domain/registration/personas';
import { emptyElections } from '$lib/domain/requirements';
import { PLAN, SAMPLE_STEPS, type PersonaPlan } from './sample-plan';
import {
	addUser,
	findUserByLogin,
	getOrganization,
	updateOrganization,
	type OrganizationRecord
} from '$lib/storage/accounts';

export { rolesText, sampleLogins, SAMPLE_STEPS, type DemoLogin } from './sample-plan';

/** Submit My Registration and the rules it re-checks, loaded when sample data is created. */
const registration = async () => ({
	...(await import('$lib/registration/submit')),
	...(await import('$lib/domain/registration/schemas'))
});

function expiredElections() {
	const e = emptyElections();
	const year = new Date().getFullYear();
	e.sbe = {
		elected: 'yes',
		active: { month: '3', day: '1', year: String(year - 3) },
		expiration: { month: '3', day: '1', year: String(year - 1) }
	};
	return e;
}

async function orgOfUser(username: string): Promise<OrganizationRecord | null> {
	const found = await findUserByLogin(username);
	const user = found.ok
		? found.value.find((u) => u.usernameLower === username.toLowerCase())
		: null;
	if (!user) return null;
	const org = await getOrganization(user.organizationId);
	return org.ok ? org.value : null;
}

export interface LoadOutcome {
	created: number;
	skipped: number;
	problems: string[];
}

/** Loads the sample data; `progress(done, total, label)` before each step. */
export async function loadSampleData(
	progress: (done: number, total: number, label: string) => void
): Promise<LoadOutcome> {
	const out: LoadOutcome = { created: 0, skipped: 0, problems: [] };
	let i = 0;
	for (const p of PLAN) {
		i++;
		if (p.kind === 'persona') {
			const values = personaValues(p.persona);
			progress(i, SAMPLE_STEPS, values.organization.legalName);
			if (await orgOfUser(values.contact.username)) out.skipped++;
			else {
				const { submitRegistration, firstInvalidStep } = await registration();
				const r = await submitRegistration(values, firstInvalidStep(values));
				if (r.kind === 'done') out.created++;
				else
					out.problems.push(
						`${values.organization.legalName}: ${r.message ?? `the ${r.kind === 'invalid' ? r.step : ''} step was refused`}`
					);
			}
			if (p.expiredCertification) {
				const org = await orgOfUser(values.contact.username);
				if (org) {
					const details = {
						...org.details,
						requirements: {
							...org.details.requirements,
							elections: { values: expiredElections(), updatedAt: new Date().toISOString() }
						}
					};
					const saved = await updateOrganization(org.id, { details });
					if (!saved.ok) out.problems.push(saved.error.message);
				}
			}
		} else {
			progress(i, SAMPLE_STEPS, `${p.user.firstName} ${p.user.lastName}`);
			const existing = await findUserByLogin(p.user.username);
			if (
				existing.ok &&
				existing.value.some((u) => u.usernameLower === p.user.username.toLowerCase())
			) {
				out.skipped++;
				continue;
			}
			const org = await orgOfUser(p.inOrganizationOf);
			if (!org) {
				out.problems.push(`${p.user.username}: its organization is missing`);
				continue;
			}
			const r = await addUser({ organizationId: org.id, user: p.user, password: p.password });
			if (r.ok) out.created++;
			else out.problems.push(`${p.user.username}: ${r.error.message}`);
		}
	}
	progress(SAMPLE_STEPS, SAMPLE_STEPS, 'Solicitation and Contract Boards');
	const boards = await ensureSampleBoards();
	if (!boards.ok) out.problems.push(boards.error.message);
	else out.problems.push(...(await inviteSampleOrganizations()));
	// An award in progress (responses in, awarded, not final), made through the agency's actions.
	const { ensureSampleAward } = await import('./sample-award');
	const award = await ensureSampleAward();
	if (!award.ok) out.problems.push(`The sample award: ${award.error.message}`);
	return out;
}

/**
 * Invitations are part of the sample data: each sample organization is invited to two of the
 * open informal solicitations (in turn, so each sees different ones). Returns problems.
 */
async function inviteSampleOrganizations(): Promise<string[]> {
	const listed = await loadSolicitations();
	if (!listed.ok) return [listed.error.message];
	const informal = listed.value
		.filter((s) => !s.formal && s.status === 'open' && s.sample)
		.sort((a, b) => a.id.localeCompare(b.id));
	if (!informal.length) return [];
	const problems: string[] = [];
	const personas = PLAN.filter((p): p is PersonaPlan => p.kind === 'persona');
	const invites = new Map<string, Set<string>>();
	for (const [k, p] of personas.entries()) {
		const org = await orgOfUser(personaValues(p.persona).contact.username);
		if (!org) continue;
		for (const s of [informal[k % informal.length]!, informal[(k + 1) % informal.length]!]) {
			const set = invites.get(s.id) ?? new Set(s.invited);
			set.add(org.id);
			invites.set(s.id, set);
		}
	}
	const { putSolicitation } = await import('$lib/storage/boards');
	for (const s of informal) {
		const set = invites.get(s.id);
		if (!set || set.size === s.invited.length) continue;
		const saved = await putSolicitation({ ...s, invited: [...set] });
		if (!saved.ok) problems.push(saved.error.message);
	}
	return problems;
}
