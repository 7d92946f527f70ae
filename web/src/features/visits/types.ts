import type { ApiResponse } from '../../shared/api/api-types';

/** A month's visit plan as the server sends it (src/modules/visits), with its versions and what the user may do. */
export type VisitPlan = ApiResponse<'/api/visits/{id}'>;
export type PlanBody = VisitPlan['body'];
export type PlanRow = PlanBody['rows'][number];
export type Letter = PlanBody['letter'];
export type Topic = PlanRow['topics'][number];

/** The plans the user may read, and whether the user may start one. */
export type VisitPlanList = ApiResponse<'/api/visits/'>;

/** The province's reusable topics (seed 000's ประเด็นการตรวจติดตามงาน). */
export type TopicList = ApiResponse<'/api/visits/topics'>;
export type TopicTemplate = TopicList['items'][number];
