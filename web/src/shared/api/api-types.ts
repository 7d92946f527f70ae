import type { paths } from './openapi.gen';

/** Every path of the API as the server's OpenAPI document names it, e.g. '/api/units/{code}'. */
export type ApiPath = keyof paths;

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The methods a path answers to. */
type MethodOf<P extends ApiPath> = {
  [M in Method]: [NonNullable<paths[P][M]>] extends [never] ? never : M;
}[Method];

type Responses<P extends ApiPath, M extends MethodOf<P>> =
  NonNullable<paths[P][M]> extends {
    responses: infer R;
  }
    ? R
    : never;

/** A route without a response schema gives a type no property can be read from, so the web cannot rely on it. */
type Json<R> = R extends { content: { 'application/json': infer T } }
  ? T
  : 'no response schema on this route';

/**
 * The JSON a route answers with on success (its 200, else its 201), exactly as the server's response schema
 * declares it, generated from /api/openapi.json by scripts/web-types.mjs: `ApiResponse<'/api/units/{code}'>`.
 */
export type ApiResponse<P extends ApiPath, M extends MethodOf<P> = MethodOf<P> & 'get'> =
  Responses<P, M> extends infer R
    ? R extends { 200: infer S }
      ? Json<S>
      : R extends { 201: infer S }
        ? Json<S>
        : never
    : never;

/**
 * A generated shape with the fields its server schema leaves open (JSON columns, declared `unknown`) typed as the
 * web reads them; every other field stays the server's.
 */
export type Refine<T, O extends { [K in keyof O]: K extends keyof T ? unknown : never }> = Omit<T, keyof O> &
  O;
