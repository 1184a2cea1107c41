// What every resolver receives: long-lived services, and DataLoaders made fresh for each request so
// their caches never leak data between requests.
import { type DataSource } from 'typeorm';
import { createPlaceLoaders } from './modules/place/place.loader.js';
import { PlaceService } from './modules/place/place.service.js';

export function createServices(dataSource: DataSource) {
  return {
    places: new PlaceService(dataSource),
  };
}
export type Services = ReturnType<typeof createServices>;

export function createLoaders(services: Services) {
  return {
    places: createPlaceLoaders(services.places),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  services: Services;
  loaders: Loaders;
}

export function createContext(services: Services): Context {
  return { services, loaders: createLoaders(services) };
}
