import type { JourneyService } from '@amends/domain';
import type { FastifyInstance } from 'fastify';

/** What routes may call: the domain's use cases, nothing lower. */
export interface RouteContext {
  journeys: JourneyService;
}

/** A route module registers one endpoint; its request and response schemas sit beside it. */
export type Route = (app: FastifyInstance, context: RouteContext) => void;
