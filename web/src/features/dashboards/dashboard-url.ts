const numberParam = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : null);

/**
 * The unit and round a dashboard shows live in the URL (?unit=95&kpiSet=12), so every view is linkable; without
 * them the server opens on the user's own province or district and the latest round that has agreements.
 */
export function dashboardParams(params: URLSearchParams) {
  return { unit: params.get('unit') || null, kpiSet: numberParam(params.get('kpiSet')) };
}
