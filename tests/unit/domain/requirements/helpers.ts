/** Shared by the requirements tests. */

/** The fields of a list of problems. */
export const fields = (list: { field: string }[]) => list.map((p) => p.field);
/** A Month/Day/Year value from an ISO date. */
export const date = (iso: string) => {
	const [year = '', month = '', day = ''] = iso.split('-');
	return { month: String(Number(month)), day: String(Number(day)), year };
};
