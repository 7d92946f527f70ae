import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  newUserBody,
  userChangesBody,
  userIdParams,
  userListResponse,
  userQuery,
  userResponse,
} from './schemas.ts';
import { changeUser, createUser, searchUsers } from './service.ts';

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['users'],
        summary: 'รายชื่อผู้ใช้',
        querystring: userQuery,
        response: { 200: userListResponse },
      },
    },
    async (request) => searchUsers(app.db, request.requireUser(), request.query),
  );

  app.post(
    '/',
    { schema: { tags: ['users'], summary: 'เพิ่มผู้ใช้', body: newUserBody, response: { 201: userResponse } } },
    async (request, reply) => {
      const user = await createUser(app.db, request.requireUser(), request.body);
      return reply.status(201).send({ user });
    },
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'แก้ไขผู้ใช้',
        params: userIdParams,
        body: userChangesBody,
        response: { 200: userResponse },
      },
    },
    async (request) => ({
      user: await changeUser(app.db, request.requireUser(), request.params.id, request.body),
    }),
  );
};
