/**
 * Export, import and wipe of everything the portal stores; the demo tools build on these.
 *
 * The export is one versioned JSON document. An import is validated whole before anything is
 * touched, then written in a single transaction: a bad or too-large file changes nothing.
 */
import { attachmentMetaSchema, attachmentRecordSchema, reviveAttachment } from './attachments';
import { organizationRecordSchema, userRecordSchema } from './accounts';
import { transact } from './db';
import { draftRecordSchema } from './drafts';
import { eventRecordSchema } from './events';
import { base64ToBytes, bytesToBase64, nowIso } from './ids';
import { metaRecordSchema } from './meta';
import { outboxRecordSchema } from './outbox';
import { fail, ok, type Problem, type Result } from '$lib/domain/result';
import { DB_VERSION, STORES, STORE_NAMES, type StoreName } from './schema';
import { checkUpload } from '$lib/domain/requirements/files';
import { currentIterations } from './password';
import { contractRecordSchema, reviewRecordSchema, solicitationRecordSchema } from './boards';
import { responseRecordSchema } from './responses';
import { sessionRecordSchema } from './login-sessions';
import { checkRecord, isoDate, issuesToProblems, z } from './validate';
import { DRAFT_COPY_PREFIX, removeOwnedKeys } from './web-storage';

export const EXPORT_APP = 'ctsource-portal';
export const EXPORT_FORMAT = 1;

/** The largest file an import reads: far above any demo's data, far below what stalls a tab. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const TOO_LARGE_MESSAGE = `The file was not imported: it is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, so it is not an export of this portal. Nothing was changed.`;

/** PBKDF2 iteration counts an imported password hash may carry (a 1 is no protection; a huge one hangs login). */
export const MIN_IMPORTED_ITERATIONS = 100_000;
export const MAX_IMPORTED_ITERATIONS = 10_000_000;

/** Bytes encoded by a base64 string (without decoding it). */
function base64Length(b64: string): number {
	const padding = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
	return (b64.length / 4) * 3 - padding;
}

const exportedAttachmentSchema = z
	.extend(attachmentMetaSchema, { blob: z.object({ type: z.string(), base64: z.base64() }) })
	.check(
		z.refine((a) => base64Length(a.blob.base64) === a.size, {
			message: 'the file content does not match its size',
			path: ['blob', 'base64']
		})
	);
export type ExportedAttachment = z.infer<typeof exportedAttachmentSchema>;

/** Record schemas as they appear in an export, store by store. */
const exportedStores = {
	drafts: draftRecordSchema,
	organizations: organizationRecordSchema,
	users: userRecordSchema,
	sessions: sessionRecordSchema,
	attachments: exportedAttachmentSchema,
	outbox: outboxRecordSchema,
	events: eventRecordSchema,
	meta: metaRecordSchema,
	solicitations: solicitationRecordSchema,
	contracts: contractRecordSchema,
	reviews: reviewRecordSchema,
	responses: responseRecordSchema
} satisfies Record<StoreName, z.ZodMiniType>;

export const exportDocumentSchema = z
	.object({
		app: z.literal(EXPORT_APP, { message: 'this is not a CTsource portal export' }),
		format: z.literal(EXPORT_FORMAT, { message: `only format ${EXPORT_FORMAT} can be imported` }),
		exportedAt: isoDate,
		dbVersion: z
			.int()
			.check(
				z.positive(),
				z.lte(DB_VERSION, { message: 'the file was made by a newer version of the portal' })
			),
		stores: z.object({
			drafts: z.array(exportedStores.drafts),
			organizations: z.array(exportedStores.organizations),
			users: z.array(exportedStores.users),
			sessions: z.array(exportedStores.sessions),
			attachments: z.array(exportedStores.attachments),
			outbox: z.array(exportedStores.outbox),
			events: z.array(exportedStores.events),
			meta: z.array(exportedStores.meta),
			// Absent in exports made before the boards existed (database version 2).
			solicitations: z._default(z.array(exportedStores.solicitations), []),
			contracts: z._default(z.array(exportedStores.contracts), []),
			reviews: z._default(z.array(exportedStores.reviews), []),
			// Absent in exports made before responses existed (database version 3).
			responses: z._default(z.array(exportedStores.responses), [])
		})
	})
	.check(
		z.superRefine((doc, ctx) => {
			// What the database would refuse or the accounts module would never write.
			const seen = new Map<string, number>();
			doc.stores.users.forEach((user, i) => {
				const path = ['stores', 'users', i];
				if (user.usernameLower !== user.username.toLowerCase()) {
					ctx.addIssue({
						code: 'custom',
						path: [...path, 'usernameLower'],
						message: 'does not match the username'
					});
				}
				if (user.email !== user.email.toLowerCase()) {
					ctx.addIssue({ code: 'custom', path: [...path, 'email'], message: 'must be lower-case' });
				}
				const first = seen.get(user.usernameLower);
				if (first !== undefined) {
					ctx.addIssue({
						code: 'custom',
						path: [...path, 'username'],
						message: `the same username as stores.users[${first}]`
					});
				} else seen.set(user.usernameLower, i);
				const { iterations } = user.password;
				// (Tests hash with fewer iterations; what this portal writes itself is accepted.)
				const min = Math.min(MIN_IMPORTED_ITERATIONS, currentIterations());
				if (iterations < min || iterations > MAX_IMPORTED_ITERATIONS) {
					ctx.addIssue({
						code: 'custom',
						path: [...path, 'password', 'iterations'],
						message: `must be between ${MIN_IMPORTED_ITERATIONS.toLocaleString('en-US')} and ${MAX_IMPORTED_ITERATIONS.toLocaleString('en-US')}`
					});
				}
			});
			// One record per key in each store (the last would silently win).
			for (const name of STORE_NAMES) {
				const keyPath = STORES[name].keyPath;
				const firstAt = new Map<unknown, number>();
				(doc.stores[name] as Record<string, unknown>[]).forEach((record, i) => {
					const key = record[keyPath];
					const first = firstAt.get(key);
					if (first === undefined) firstAt.set(key, i);
					else
						ctx.addIssue({
							code: 'custom',
							path: ['stores', name, i, keyPath],
							message: `the same ${keyPath} as stores.${name}[${first}]`
						});
				});
			}
			// References to records that are not in the file.
			const orgs = new Set(doc.stores.organizations.map((o) => o.id));
			const users = new Set(doc.stores.users.map((u) => u.id));
			const dangling = (store: StoreName, i: number, field: string, what: string) =>
				ctx.addIssue({
					code: 'custom',
					path: ['stores', store, i, field],
					message: `names ${what} that is not in the file`
				});
			doc.stores.users.forEach((u, i) => {
				if (!orgs.has(u.organizationId)) dangling('users', i, 'organizationId', 'an organization');
			});
			doc.stores.sessions.forEach((x, i) => {
				if (!users.has(x.userId)) dangling('sessions', i, 'userId', 'a user');
			});
			doc.stores.attachments.forEach((a, i) => {
				if (a.organizationId !== undefined && !orgs.has(a.organizationId))
					dangling('attachments', i, 'organizationId', 'an organization');
				// Held to the upload rules: allowed kind by name and content, not empty, at most 10 MB.
				const check = checkUpload(a, base64ToBytes(a.blob.base64.slice(0, 16)));
				if (!check.ok)
					ctx.addIssue({
						code: 'custom',
						path: ['stores', 'attachments', i],
						message: check.reason
					});
			});
		})
	);
export type ExportDocument = z.infer<typeof exportDocumentSchema>;

type RawStores = Record<StoreName, unknown[]>;

/**
 * Every store as one JSON-ready document (Blobs as base64). Damaged records are salvaged when
 * possible and left out otherwise; `problems` lists both.
 */
export async function exportAll(): Promise<Result<ExportDocument>> {
	const read = await transact(
		'The data could not be exported',
		[...STORE_NAMES],
		'readonly',
		async (tx) => {
			const raw = {} as RawStores;
			for (const name of STORE_NAMES) raw[name] = await tx.getAll(name);
			return ok(raw);
		}
	);
	if (!read.ok) return read;

	const problems: Problem[] = [];
	const checked = <S extends z.ZodMiniType>(schema: S, store: StoreName) => {
		const out: z.infer<S>[] = [];
		for (const raw of read.value[store]) {
			const { record, problems: p } = checkRecord(schema, raw, { store });
			problems.push(...p);
			if (record) out.push(record);
		}
		return out;
	};
	const attachments: ExportedAttachment[] = [];
	read.value.attachments = read.value.attachments.map(reviveAttachment);
	for (const a of checked(attachmentRecordSchema, 'attachments')) {
		const { blob, ...meta } = a;
		const base64 = bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
		attachments.push({ ...meta, blob: { type: blob.type, base64 } });
	}
	return ok(
		{
			app: EXPORT_APP,
			format: EXPORT_FORMAT,
			exportedAt: nowIso(),
			dbVersion: DB_VERSION,
			stores: {
				// Sealed: an export holds no draft's values in the clear (only its link opens them).
				drafts: checked(draftRecordSchema, 'drafts'),
				organizations: checked(organizationRecordSchema, 'organizations'),
				users: checked(userRecordSchema, 'users'),
				sessions: checked(sessionRecordSchema, 'sessions'),
				attachments,
				outbox: checked(outboxRecordSchema, 'outbox'),
				events: checked(eventRecordSchema, 'events'),
				meta: checked(metaRecordSchema, 'meta'),
				solicitations: checked(solicitationRecordSchema, 'solicitations'),
				contracts: checked(contractRecordSchema, 'contracts'),
				reviews: checked(reviewRecordSchema, 'reviews'),
				responses: checked(responseRecordSchema, 'responses')
			}
		},
		problems
	);
}

/** Counts of records written, store by store. */
export type ImportSummary = Record<StoreName, number>;

/**
 * Replaces everything with the contents of an export (a JSON string or the parsed document).
 * The whole document is validated first; any failure returns 'invalid' with the first reason
 * (e.g. "stores.users[3].usernameLower: Invalid input: expected string, received number") and
 * every reason in `problems`, and nothing is changed.
 */
export async function importAll(input: string | unknown): Promise<Result<ImportSummary>> {
	const checked = checkImport(input);
	if (!checked.ok) return checked;
	return replaceAll(checked.value);
}

/** Validates an export whole (see importAll) without writing anything. */
export function checkImport(input: string | unknown): Result<ExportDocument> {
	let data: unknown = input;
	if (typeof input === 'string') {
		if (input.length > MAX_IMPORT_BYTES) return fail('invalid', TOO_LARGE_MESSAGE);
		try {
			data = JSON.parse(input);
		} catch {
			return fail(
				'invalid',
				'The file was not imported: it is not a JSON document. Nothing was changed.'
			);
		}
	}
	const parsed = exportDocumentSchema.safeParse(data);
	if (!parsed.success) {
		const problems = issuesToProblems(parsed.error.issues);
		const first = problems[0];
		const where = first?.path ? `${first.path}: ` : '';
		const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
		return fail(
			'invalid',
			`The file was not imported: ${where}${first?.message ?? 'unknown problem'}${more}. Nothing was changed.`,
			{ problems }
		);
	}
	return ok(parsed.data);
}

/** How many records each store holds now and in `doc`: what an import would replace. */
export async function importSummary(
	doc: ExportDocument
): Promise<Result<{ store: StoreName; now: number; imported: number }[]>> {
	return transact('The data could not be counted', [...STORE_NAMES], 'readonly', async (tx) => {
		const rows = [];
		for (const store of STORE_NAMES) {
			rows.push({
				store,
				now: (await tx.getAll(store)).length,
				imported: doc.stores[store].length
			});
		}
		return ok(rows);
	});
}

/** Writes a validated export in place of everything stored (one transaction). */
export async function replaceAll(doc: ExportDocument): Promise<Result<ImportSummary>> {
	const { stores } = doc;
	const records: Record<StoreName, unknown[]> = {
		...stores,
		attachments: stores.attachments.map(({ blob, ...meta }) => ({
			...meta,
			blob: new Blob([base64ToBytes(blob.base64)], { type: blob.type })
		}))
	};
	const result = await transact(
		'The file was not imported and nothing was changed',
		[...STORE_NAMES],
		'readwrite',
		async (tx) => {
			const summary = {} as ImportSummary;
			for (const name of STORE_NAMES) {
				await tx.clear(name);
				for (const record of records[name]) await tx.put(name, record);
				summary[name] = records[name].length;
			}
			return ok(summary);
		}
	);
	// Copies of drafts typed before the import must not win over the imported drafts.
	if (result.ok) removeOwnedKeys(DRAFT_COPY_PREFIX);
	return result;
}

/**
 * The stores a usability-study participant's work lives in: registrations and drafts, the
 * accounts and sessions they made, their files, e-mails, responses and the reviews of their
 * registrations. The study's events, settings (meta) and the boards stay.
 */
export const PARTICIPANT_STORES = [
	'drafts',
	'organizations',
	'users',
	'sessions',
	'attachments',
	'outbox',
	'reviews',
	'responses'
] as const satisfies readonly (typeof STORE_NAMES)[number][];

/**
 * Deletes what a study participant typed and saved (PARTICIPANT_STORES and the portal's Web
 * Storage keys, except those `keep` accepts), in one transaction: all or nothing.
 */
export async function clearParticipantData(keep: (key: string) => boolean): Promise<Result<void>> {
	const result = await transact(
		'The last participant’s data was not deleted',
		[...PARTICIPANT_STORES],
		'readwrite',
		async (tx) => {
			for (const name of PARTICIPANT_STORES) await tx.clear(name);
			return ok(undefined);
		}
	);
	if (result.ok) removeOwnedKeys(undefined, keep);
	return result;
}

/** Deletes every record of every store and the portal's Web Storage keys. */
export async function wipeAll(): Promise<Result<void>> {
	const result = await transact(
		'The data was not deleted',
		[...STORE_NAMES],
		'readwrite',
		async (tx) => {
			for (const name of STORE_NAMES) await tx.clear(name);
			return ok(undefined);
		}
	);
	if (result.ok) removeOwnedKeys();
	return result;
}
