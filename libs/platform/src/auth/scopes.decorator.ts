import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

/** Metadata key holding the scopes a handler requires. */
export const SCOPES_METADATA = 'lienthong:scopes';

/** Metadata key marking a handler or controller as open to anonymous callers. */
export const PUBLIC_METADATA = 'lienthong:public';

/**
 * Declares the OAuth scopes a caller needs (all of them), e.g. `@Scopes('dossier:read')`, on a
 * handler or a controller. Nothing enforces it yet: a global guard added later reads
 * {@link SCOPES_METADATA} with `Reflector.getAllAndMerge`, so controllers stay as they are. The
 * scopes are also shown in the OpenAPI document as `x-required-scopes`.
 */
export function Scopes(...scopes: string[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(SCOPES_METADATA, scopes),
    ApiExtension('x-required-scopes', scopes),
  );
}

/**
 * Marks a handler or controller as needing no authentication (health, metrics), so the future
 * guard can deny by default everything that declares neither this nor {@link Scopes}.
 */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(PUBLIC_METADATA, true);
}
