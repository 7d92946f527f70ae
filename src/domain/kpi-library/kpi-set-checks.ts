import type { Problem } from '../scoring/criteria-checks.ts';
import type { AgreementPair, KpiSetAgreement, KpiSetFile, KpiSetItem } from './kpi-set-file.ts';

const PROVINCE = /^\d{2}$/;

/** The items of an agreement that one agent gets: an item without `agents` goes to every agent. */
export function itemsFor(agreement: KpiSetAgreement, agent: string): KpiSetItem[] {
  return agreement.items.filter((item) => item.agents === undefined || item.agents.includes(agent));
}

function duplicates(values: readonly string[], path: (index: number) => Problem['path'], what: string) {
  return values.flatMap((value, index) => {
    const first = values.indexOf(value);
    return first === index ? [] : [{ path: path(index), reason: `${what}ซ้ำ: ${value}` }];
  });
}

interface UnitRule {
  readonly principal: (code: string) => boolean;
  readonly principalReason: string;
  readonly agent: (code: string) => boolean;
  readonly agentReason: string;
}

/** Unit codes as in data/org: CDD, province "95", district "9501", work group "95-G1" (data/org/work-groups.json). */
function unitRule(pair: AgreementPair, owner: string, principal: string): UnitRule {
  const isOwnerProvince = (code: string) => (owner === 'CDD' ? PROVINCE.test(code) : code === owner);
  const province = owner === 'CDD' ? 'รหัสจังหวัด 2 หลัก' : `รหัสจังหวัดเจ้าของชุด (${owner})`;
  switch (pair) {
    case 'dg_province':
      return {
        principal: (code) => code === 'CDD',
        principalReason: 'ต้องเป็น CDD (อธิบดีกรมการพัฒนาชุมชน)',
        agent: isOwnerProvince,
        agentReason: `ต้องเป็น${province}`,
      };
    case 'province_district':
      return {
        principal: isOwnerProvince,
        principalReason: `ต้องเป็น${province}`,
        agent: (code) => /^\d{4}$/.test(code) && code.startsWith(principal),
        agentReason: `ต้องเป็นรหัสอำเภอ 4 หลักในจังหวัด ${principal}`,
      };
    case 'province_work_group':
      return {
        principal: isOwnerProvince,
        principalReason: `ต้องเป็น${province}`,
        agent: (code) => ['G1', 'G2', 'G3', 'G4'].some((group) => code === `${principal}-${group}`),
        agentReason: `ต้องเป็นรหัสกลุ่มงาน ${principal}-G1 ถึง ${principal}-G4`,
      };
  }
}

function unitProblems(agreement: KpiSetAgreement, at: number, owner: string): Problem[] {
  const rule = unitRule(agreement.pair, owner, agreement.principal);
  const principal = rule.principal(agreement.principal)
    ? []
    : [{ path: ['agreements', at, 'principal'], reason: rule.principalReason }];
  const agents = agreement.agents.flatMap((agent, index) =>
    rule.agent(agent) ? [] : [{ path: ['agreements', at, 'agents', index], reason: rule.agentReason }],
  );
  return [
    ...principal,
    ...agents,
    ...duplicates(agreement.agents, (index) => ['agreements', at, 'agents', index], 'หน่วยงาน'),
  ];
}

function itemProblems(agreement: KpiSetAgreement, at: number, keys: ReadonlySet<string>): Problem[] {
  const path = (index: number, ...rest: (string | number)[]) => ['agreements', at, 'items', index, ...rest];
  const items = agreement.items;
  return [
    ...items.flatMap((item, index) =>
      keys.has(item.kpi) ? [] : [{ path: path(index, 'kpi'), reason: `ไม่มีตัวชี้วัด ${item.kpi} ในชุดนี้` }],
    ),
    ...duplicates(
      items.map((item) => item.kpi),
      (index) => path(index, 'kpi'),
      'ตัวชี้วัด',
    ),
    ...items.flatMap((item, index) => [
      ...(item.agents ?? []).flatMap((agent, position) =>
        agreement.agents.includes(agent)
          ? []
          : [{ path: path(index, 'agents', position), reason: `${agent} ไม่อยู่ในหน่วยงานผู้รับคำรับรองนี้` }],
      ),
      ...duplicates(item.agents ?? [], (position) => path(index, 'agents', position), 'หน่วยงาน'),
    ]),
  ];
}

/** Each agent must have at least `optionalRequired` optional items to choose from (001 L59–67: choose of 7–9). */
function optionalProblems(agreement: KpiSetAgreement, at: number): Problem[] {
  const required = agreement.optionalRequired;
  return agreement.agents.flatMap((agent) => {
    const offered = itemsFor(agreement, agent).filter((item) => item.section === 'optional').length;
    return offered >= required
      ? []
      : [
          {
            path: ['agreements', at, 'optionalRequired'],
            reason: `ต้องเลือก ${required} ตัวชี้วัดทางเลือก แต่ ${agent} มีให้เลือก ${offered} ตัวชี้วัด`,
          },
        ];
  });
}

function targetProblems(agreement: KpiSetAgreement, at: number): Problem[] {
  return Object.entries(agreement.targets ?? {}).flatMap(([agent, byKpi]) => {
    if (!agreement.agents.includes(agent)) {
      return [{ path: ['agreements', at, 'targets', agent], reason: `${agent} ไม่อยู่ในหน่วยงานผู้รับคำรับรองนี้` }];
    }
    const own = itemsFor(agreement, agent).map((item) => item.kpi);
    return Object.keys(byKpi).flatMap((kpi) =>
      own.includes(kpi)
        ? []
        : [
            {
              path: ['agreements', at, 'targets', agent, kpi],
              reason: `${agent} ไม่มีตัวชี้วัด ${kpi} ในคำรับรองนี้`,
            },
          ],
    );
  });
}

/** Each pair of an agreement in the words of a refusal: "… มีคำรับรองระหว่างจังหวัดกับอำเภอแล้ว…". */
const PAIR_NAMES: Readonly<Record<AgreementPair, string>> = {
  dg_province: 'ระหว่างกรมกับจังหวัด',
  province_district: 'ระหว่างจังหวัดกับอำเภอ',
  province_work_group: 'ระหว่างจังหวัดกับกลุ่มงาน',
};

/** One agent holds one agreement of each pair per KPI set (agreements: unique set, pair, agent). */
function repeatedAgentProblems(file: KpiSetFile): Problem[] {
  const seen = new Map<string, number>();
  return file.agreements.flatMap((agreement, at) =>
    agreement.agents.flatMap((agent, index) => {
      const key = `${agreement.pair} ${agent}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, at);
        return [];
      }
      return first === at
        ? []
        : [
            {
              path: ['agreements', at, 'agents', index],
              reason: `${agent} มีคำรับรอง${PAIR_NAMES[agreement.pair]}แล้วในคำรับรองที่ ${first + 1}`,
            },
          ];
    }),
  );
}

/**
 * The rules that span a whole KPI set file: unique KPI keys; agreement items name KPIs of the set; agents
 * are unit codes that fit the pair; per-item agents, optional counts and targets stay within the agreement.
 * Weights may sum to anything (003 L380: 11 × "ร้อยละ ๑๐" = 110): see agreementWeightSums.
 */
export function kpiSetProblems(file: KpiSetFile): Problem[] {
  const keys = new Set(file.kpis.map((kpi) => kpi.key));
  const ownerProblems = /^(CDD|\d{2})$/.test(file.owner)
    ? []
    : [{ path: ['owner'], reason: 'ต้องเป็น CDD หรือรหัสจังหวัด 2 หลัก เช่น "95"' }];
  return [
    ...ownerProblems,
    ...duplicates(
      file.kpis.map((kpi) => kpi.key),
      (index) => ['kpis', index, 'key'],
      '',
    ),
    ...file.agreements.flatMap((agreement, at) => [
      ...unitProblems(agreement, at, file.owner),
      ...itemProblems(agreement, at, keys),
      ...optionalProblems(agreement, at),
      ...targetProblems(agreement, at),
    ]),
    ...repeatedAgentProblems(file),
  ];
}
