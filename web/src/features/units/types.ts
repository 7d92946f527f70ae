export type UnitKind =
  | 'department'
  | 'region'
  | 'province'
  | 'district'
  | 'subdistrict'
  | 'village'
  | 'work_group';

export type Unit = {
  id: number;
  code: string;
  kind: UnitKind;
  nameTh: string;
  nameEn: string | null;
  parentId: number | null;
  childCount: number;
};

export type UnitCounts = Record<Exclude<UnitKind, 'department'>, number>;

export type UnitDetail = {
  unit: Unit;
  ancestors: Unit[];
  children: Unit[];
  counts: UnitCounts;
  groups: Unit[];
};

export type UnitSearchResult = { unit: Unit; path: string };
