import type { ApiResponse } from './api-types';

/** A file import running on the server (the imports runner): read, checked, then saved in one go. */
export type ImportJob = ApiResponse<'/api/registers/imports/{id}'>['job'];
