import { z } from 'zod';
import { linksSchema, optional, resourceCollectionSchema } from './common';
import { spaceSchema } from './space-resources';

/*
 * The server-wide resources a client reads before anything space-scoped: the API root and the
 * list of spaces, as the C# models (OctopusDeploy/OctopusClients Model/RootResource.cs,
 * ResourceCollection.cs, SpaceResource.cs) and the REST reference (OctopusDeploy/docs
 * api/_generated/home.md and spaces.md) give them.
 */

/** `GET /api` (`RootResource`): which server this is, and links to the rest of the API. */
export const apiRootSchema = z.object({
  Application: optional(z.string()),
  /** The server's version, such as "2025.3.12345". Live status needs 2025.3 or later. */
  Version: z.string(),
  ApiVersion: optional(z.string()),
  InstallationId: optional(z.string()),
  IsEarlyAccessProgram: optional(z.boolean()),
  HasLongTermSupport: optional(z.boolean()),
  Links: linksSchema,
});
export type ApiRoot = z.infer<typeof apiRootSchema>;

/** `GET /api/spaces`: a page of spaces, sorted by name. */
export const spacesPageSchema = resourceCollectionSchema(spaceSchema);
export type SpacesPage = z.infer<typeof spacesPageSchema>;
