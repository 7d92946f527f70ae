import type { ApiResponse, Refine } from '../../shared/api/api-types';
import type { FormDefinition, FormValues } from './components/form-renderer/types';

type FollowUpAnswer = ApiResponse<'/api/follow-ups/{id}'>;

/** One follow-up as the server answers it, its template's definition and answers typed as the renderer reads them. */
export type FollowUp = Refine<
  FollowUpAnswer,
  {
    template: Omit<FollowUpAnswer['template'], 'definition'> & { definition: FormDefinition };
    values: FormValues;
  }
>;

/** The follow-ups the user may read (latest version of each), and whether the user may fill new ones. */
export type FollowUpList = ApiResponse<'/api/follow-ups/'>;
export type FollowUpSummary = FollowUpList['followUps'][number];

/** What a new follow-up starts with: the register's figures and live KPIs, and where they came from. */
export type Prefill = ApiResponse<'/api/follow-ups/prefill'>;

/** The start of a new follow-up, handed from /follow-ups/new to the fill page in the router's state. */
export type FollowUpStart = {
  templateId: number;
  unit: string;
  followUpDate: string | null;
  values: FormValues;
  sources: Prefill['sources'];
};
