import type { AppServices } from '../../../app/services';
import type { ProvisionMap } from '../../../app/usecases/provisions/provisionMap';
import type { SchoolTerm } from '../../../domain/termDates';

export interface MapExportButtonsProps {
  readonly services: AppServices;
  readonly map: ProvisionMap;
  readonly term: SchoolTerm;
}

// PLACEHOLDER (issue 17): the .xlsx and Word exports of the map replace this.
export const MapExportButtons = (_props: MapExportButtonsProps) => null;
