export * from '$lib/domain/result';
