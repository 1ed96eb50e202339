/**
 * The portal's storage: IndexedDB behind small typed functions, one module per store. Every
 * function resolves to a Result (never throws); reads are validated, damaged records are
 * salvaged and their problems reported.
 *
 * This barrel lists the whole public API in one place (the storage tests import it). App code
 * imports the module it needs directly (`$lib/storage/drafts`, `$lib/storage/login`, ...), so a
 * page's bundle carries only the stores it uses.
 */
export type { Problem, Result, StorageError, StorageErrorKind } from '$lib/domain/result';
export { isQuotaError } from './errors';

export { DB_NAME, DB_VERSION, RECORD_SCHEMA_VERSION, STORE_NAMES, type StoreName } from './schema';
export {
	FIRST_OPEN_MS,
	closeDb,
	initStorage,
	resetStorageForTests,
	setOpenTimingsForTests
} from './db';
export {
	BLOCKED_MESSAGE,
	NOT_SAVED_MESSAGE,
	CLEARED_MESSAGE,
	OUTDATED_MESSAGE,
	WAITING_MESSAGE,
	storageStatus,
	type StorageStatus
} from './status';

export { salvage } from './validate';
export { isSecretKey, stripSecrets, toStorableJson } from './secrets';
export { newId } from './ids';

export {
	CONFLICT_MESSAGE,
	deleteDraft,
	deleteExpiredDrafts,
	DRAFT_LIFETIME_DAYS,
	listDraftIds,
	loadDraft,
	saveDraft,
	type DraftRecord,
	type DraftValues,
	type SaveDraftInput,
	type StoredDraft
} from './drafts';
export { isDraftKey, newDraftKey } from './draft-seal';
export {
	AUTOSAVE_DELAY_MS,
	DRAFT_CHANNEL,
	DraftAutosave,
	draftCopyKey,
	draftKeyOf,
	NO_KEY_MESSAGE,
	type DraftAutosaveOptions,
	type DraftSavedMessage
} from './draft-autosave.svelte';

export {
	PBKDF2_ITERATIONS,
	hashPassword,
	needsRehash,
	setPasswordIterationsForTests,
	verifyPassword,
	type PasswordHash
} from './password';
export {
	AMBIGUOUS_LOGIN_MESSAGE,
	LOGIN_FAILED_MESSAGE,
	addUser,
	createAccount,
	deleteUser,
	findOrganizationByDuns,
	findOrganizationsByTin,
	findUserByLogin,
	getOrganization,
	getUser,
	isUsernameAvailable,
	listOrganizations,
	listUsers,
	setPassword,
	updateOrganization,
	updateUser,
	type HistoryEntry,
	type NewOrganization,
	type NewUser,
	type OrganizationPatch,
	type OrganizationRecord,
	type UserPatch,
	type UserRecord
} from './accounts';
export {
	SESSION_TTL_MS,
	createSession,
	deleteSession,
	deleteSessionsForUser,
	getSession,
	touchSession,
	type SessionRecord
} from './login-sessions';
export {
	LOCKOUT_MS,
	LOCKOUT_THRESHOLD,
	RESET_LINK_INVALID_MESSAGE,
	RESET_TTL_MS,
	SUSPENDED_MESSAGE,
	acceptTerms,
	checkResetToken,
	createResetToken,
	resetPasswordWithToken,
	signIn,
	unlockUser,
	type SignInOutcome
} from './login';
export {
	assignDraftAttachments,
	deleteAttachment,
	getAttachment,
	listAttachments,
	saveAttachment,
	updateAttachment,
	type AttachmentOwner,
	type AttachmentPatch,
	type AttachmentRecord
} from './attachments';
export { deleteEmail, listOutbox, markEmailRead, queueEmail, type OutboxRecord } from './outbox';
export { clearEvents, listEvents, recordEvent, type EventRecord } from './events';
export { deleteMeta, getMeta, setMeta, type MetaRecord } from './meta';
export {
	EXPORT_APP,
	EXPORT_FORMAT,
	checkImport,
	exportAll,
	importAll,
	importSummary,
	MAX_IMPORT_BYTES,
	replaceAll,
	wipeAll,
	type ExportDocument,
	type ImportSummary
} from './transfer';
export {
	REVIEW_COMMENT_MAX,
	changeSolicitation,
	ensureBoards,
	getContract,
	getSolicitation,
	listContracts,
	listReviews,
	listSolicitations,
	putContract,
	putSolicitation,
	saveReview,
	type AwardRecord,
	type ContractRecord,
	type DocumentRef,
	type ReviewRecord,
	type SolicitationRecord
} from './boards';
export {
	changeResponse,
	getResponse,
	listResponses,
	responseId,
	responseRecordSchema,
	type ResponseRecord,
	type ResponseValuesRecord
} from './responses';
