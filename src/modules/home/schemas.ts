import { z } from 'zod';
import { unitKinds } from '../../db/schema.ts';
import { viewAsOf } from '../../http/schemas.ts';
import { agreementStatus, nextLevelView, scoreLevel } from '../agreements/schemas.ts';
import { notificationView } from '../notifications/schemas.ts';
import { reportState, stateColour, submissionListItem } from '../reports/schemas.ts';

const unitName = z.object({ code: z.string(), nameTh: z.string() });

/**
 * What every user's home shows: today, the fiscal year, their unit and their notifications, and when its blocks were
 * read (they may come from the view cache; the notifications never do).
 */
const common = {
  asOf: viewAsOf,
  today: z.string(),
  fiscalYear: z.number(),
  unit: unitName.extend({ kind: z.enum(unitKinds) }),
  notifications: z.object({ unread: z.number(), items: z.array(notificationView) }),
};

const setRound = { fiscalYear: z.number(), round: z.number(), setNameTh: z.string() };

const district = z.object({
  kind: z.literal('district'),
  reports: z.object({
    month: z.string(),
    monthLabelTh: z.string(),
    forms: z.number(),
    entries: z.array(
      z.object({
        reportTypeId: z.number(),
        reportNameTh: z.string(),
        periodKey: z.string(),
        periodLabelTh: z.string(),
        dueDate: z.string(),
        daysLeft: z.number(),
        submissionId: z.number().nullable(),
        state: reportState,
        colour: stateColour,
      }),
    ),
  }),
  returned: z.object({
    count: z.number(),
    items: z.array(submissionListItem.extend({ reason: z.string().nullable() })),
  }),
  agreement: z
    .object({
      id: z.number(),
      ...setRound,
      status: agreementStatus,
      score: z.string().nullable(),
      reported: z.number(),
      expected: z.number(),
      items: z.array(
        z.object({
          id: z.number(),
          kpiId: z.number(),
          section: z.enum(['team', 'individual', 'optional']),
          number: z.string(),
          nameTh: z.string(),
          level: scoreLevel.nullable(),
          score: z.string().nullable(),
          next: nextLevelView.nullable(),
          neededTh: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
  ...common,
});

const province = z.object({
  kind: z.literal('province'),
  waiting: z.object({ count: z.number(), items: z.array(submissionListItem) }),
  late: z.object({
    month: z.string(),
    monthLabelTh: z.string(),
    forms: z.number(),
    dueThisMonth: z.number(),
    nextDueDate: z.string().nullable(),
    districts: z.array(z.object({ unit: unitName, missing: z.number(), late: z.number() })),
  }),
  agreements: z
    .object({
      kpiSetId: z.number(),
      ...setRound,
      items: z.array(
        z.object({
          id: z.number(),
          agent: z.object({ id: z.number(), code: z.string(), nameTh: z.string() }),
          status: agreementStatus,
          score: z.string().nullable(),
          reported: z.number(),
          expected: z.number(),
        }),
      ),
    })
    .nullable(),
  alerts: z.object({
    households: z
      .object({
        fiscalYear: z.number(),
        warnings: z.array(
          z.object({
            code: z.enum(['province-below-minimum', 'district-without-developable']),
            message: z.string(),
          }),
        ),
      })
      .nullable(),
    projects: z
      .object({
        fiscalYear: z.number().nullable(),
        total: z.number(),
        late: z.number(),
        missingPhotos: z.number(),
      })
      .nullable(),
  }),
  ...common,
});

const department = z.object({
  kind: z.literal('department'),
  provinces: z.array(
    z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string().nullable(), districts: z.number() }),
  ),
  ...common,
});

const region = z.object({ kind: z.literal('region'), ...common });

/** The home page by the kind of the user's unit: a district's reports and agreement, a province's reviews, … */
export const homeResponse = z.discriminatedUnion('kind', [district, province, department, region]);
