export type QueryParamValue = string | number | boolean | null | undefined;
export type QueryParams = Readonly<Record<string, QueryParamValue>>;

/** A request's URL: the base, the path, then the query (null and undefined values left out). */
export function requestUrl(baseUrl: string, path: string, query?: QueryParams): string {
  return baseUrl + path + queryString(query);
}

function queryString(query: QueryParams | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== null && value !== undefined) params.append(name, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
