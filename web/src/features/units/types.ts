import type { ApiResponse } from '../../shared/api/api-types';

/** A unit with its ancestors, children, counts below it by kind and its work groups. */
export type UnitDetail = ApiResponse<'/api/units/{code}'>;

export type Unit = UnitDetail['unit'];

export type UnitKind = Unit['kind'];

export type UnitCounts = UnitDetail['counts'];

export type UnitSearchResult = ApiResponse<'/api/units/'>['items'][number];
