import type { Router } from '../core/router';
import type { StandInServices } from '../core/services';

/** A group of endpoints. Each registers its handlers (and any path rewrites) on the stand-in's router. */
export type RouteModule = (router: Router, services: StandInServices) => void;
