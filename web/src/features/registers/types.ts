import type { ApiResponse } from '../../shared/api/api-types';

/**
 * A KPI that takes its result from a register measure, as GET /api/registers/bindings lists it; `recompute` is set
 * while the register changed and the worker has not recomputed yet, or its last try failed.
 */
export type RegisterBinding = ApiResponse<'/api/registers/bindings/'>['items'][number];
